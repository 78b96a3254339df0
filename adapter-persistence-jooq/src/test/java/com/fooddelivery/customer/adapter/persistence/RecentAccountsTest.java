package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class RecentAccountsTest {

    private final RecentAccounts accounts = new RecentAccounts();

    @Test
    void theSameColumnsGiveTheAccountMadeOfThemBefore() {
        Customer first = accounts.of(row(7, "anna", "Anna@Example.org", "+49 151 1234567", null, null));

        Customer again = accounts.of(row(7, "anna", "Anna@Example.org", "+49 151 1234567", null, null));

        assertThat(again).isSameAs(first);
        assertThat(again.email().value()).isEqualTo("anna@example.org");
        assertThat(again.phoneNumber().value()).isEqualTo("+491511234567");
    }

    @Test
    void anyChangedColumnMakesTheAccountAnew() {
        Customer before = accounts.of(row(7, "anna", "anna@example.org", "+491511234567", null, null));

        Customer email = accounts.of(row(7, "anna", "anna@example.net", "+491511234567", null, null));
        Customer address = accounts.of(row(7, "anna", "anna@example.net", "+491511234567", "Main St 1", null));
        Customer method = accounts.of(row(7, "anna", "anna@example.net", "+491511234567", "Main St 1", "CARD"));
        Customer cleared = accounts.of(row(7, "anna", "anna@example.net", "+491511234567", null, "CARD"));

        assertThat(email).isNotEqualTo(before);
        assertThat(email.email().value()).isEqualTo("anna@example.net");
        assertThat(address.deliveryAddress()).map(a -> a.value()).contains("Main St 1");
        assertThat(method.preferredPaymentMethod()).map(Enum::name).contains("CARD");
        assertThat(cleared.deliveryAddress()).isEmpty();
    }

    @Test
    void customersSharingASlotEachGetTheirOwnAccount() {
        int other = 7 + RecentAccounts.SLOTS;

        Customer anna = accounts.of(row(7, "anna", "anna@example.org", "+491511234567", null, null));
        Customer bert = accounts.of(row(other, "bert", "bert@example.org", "+491511234568", null, null));
        Customer annaAgain = accounts.of(row(7, "anna", "anna@example.org", "+491511234567", null, null));

        assertThat(bert.login().value()).isEqualTo("bert");
        assertThat(annaAgain).isEqualTo(anna);
        assertThat(annaAgain.login().value()).isEqualTo("anna");
    }

    @Test
    void aStoredValueThatIsNoLongerValidIsRefusedEveryTime() {
        assertThatThrownBy(() -> accounts.of(row(9, "x", "not an address", "+491511234567", null, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.of(row(9, "x", "not an address", "+491511234567", null, null)))
                .isInstanceOf(ValidationException.class);
    }

    private static RowValues row(int id, String login, String email, String phone, String address, String method) {
        Record record =
                DSL.using(SQLDialect.POSTGRES).newRecord(JooqCustomerRepository.FIELDS.toArray(new Field<?>[0]));
        record.set(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID, id);
        record.set(DELIVERY_CUSTOMER_C.CUSTOMER_UID, new UUID(0, id).toString());
        record.set(DELIVERY_CUSTOMER_C.LOGIN, login);
        record.set(DELIVERY_CUSTOMER_C.EMAIL, email);
        record.set(DELIVERY_CUSTOMER_C.PHONE_NUMBER, phone);
        record.set(DELIVERY_CUSTOMER_C.DEFAULT_DELIVERY_ADDRESS, address);
        record.set(DELIVERY_CUSTOMER_C.PREFERRED_PAYMENT_METHOD, method);
        return RowValues.of(record);
    }
}
