package com.fooddelivery.customer.domain.customer;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CustomerRepository} promises; run against the fake and against PostgreSQL. */
public abstract class CustomerRepositoryContract {

    private CustomerRepository customers;

    /** A repository with no customers. */
    protected abstract CustomerRepository emptyCustomers();

    @BeforeEach
    void startEmpty() {
        customers = emptyCustomers();
    }

    @Test
    void aNewCustomerIsFoundByIdWithNoSettingsYet() {
        NewCustomer draft = aCustomer().build();
        Customer added = customers.add(draft);

        assertThat(customers.byId(added.id())).contains(added);
        assertThat(added.uid()).isEqualTo(draft.uid());
        assertThat(added.login()).isEqualTo(draft.login());
        assertThat(added.deliveryAddress()).isEmpty();
        assertThat(added.preferredPaymentMethod()).isEmpty();
    }

    @Test
    void loginEmailAndPhoneAreEachUnique() {
        customers.add(aCustomer()
                .withLogin("Anna")
                .withEmail("anna@example.org")
                .withPhone("+4915100000001")
                .build());

        assertThatThrownBy(() -> customers.add(aCustomer()
                        .withLogin("ANNA")
                        .withEmail("x@example.org")
                        .withPhone("+4915100000002")
                        .build()))
                .isInstanceOf(DuplicateException.class)
                .extracting("field")
                .isEqualTo("login");
        assertThatThrownBy(() -> customers.add(aCustomer()
                        .withLogin("anna2")
                        .withEmail("ANNA@example.org")
                        .withPhone("+4915100000003")
                        .build()))
                .isInstanceOf(DuplicateException.class)
                .extracting("field")
                .isEqualTo("email");
        assertThatThrownBy(() -> customers.add(aCustomer()
                        .withLogin("anna3")
                        .withEmail("y@example.org")
                        .withPhone("+49 151 00000001")
                        .build()))
                .isInstanceOf(DuplicateException.class)
                .extracting("field")
                .isEqualTo("phoneNumber");
    }

    @Test
    void credentialsAreFoundByLoginEmailOrPhoneInAnyCase() {
        Customer anna = customers.add(aCustomer()
                .withLogin("Anna.B")
                .withEmail("anna@example.org")
                .withPhone("+4915112345678")
                .withPasswordHash("$hash$anna")
                .build());
        customers.add(aCustomer(2).build());

        for (String identifier :
                new String[] {"anna.b", "ANNA.B", "Anna@Example.org", "+49 151 1234 5678", "004915112345678"}) {
            assertThat(customers.credentialsFor(identifier))
                    .as(identifier)
                    .contains(new Credentials(anna.id(), "$hash$anna"));
        }
        assertThat(customers.credentialsFor("nobody")).isEmpty();
        assertThat(customers.credentialsOf(anna.id())).contains(new Credentials(anna.id(), "$hash$anna"));
    }

    @Test
    void settingsCanBeChangedAndCleared() {
        Customer anna = customers.add(aCustomer().build());
        ProfileChange change = new ProfileChange(
                new Email("new@example.org"),
                new PhoneNumber("+4930123456"),
                Optional.of(new DeliveryAddress("Main street 1, Berlin")),
                Optional.of(PaymentMethod.CARD));

        Customer changed = customers.change(anna.id(), change);

        assertThat(changed.email().value()).isEqualTo("new@example.org");
        assertThat(changed.deliveryAddress()).contains(new DeliveryAddress("Main street 1, Berlin"));
        assertThat(customers.byId(anna.id())).contains(changed);
        Customer cleared = customers.change(
                anna.id(),
                new ProfileChange(changed.email(), changed.phoneNumber(), Optional.empty(), Optional.empty()));
        assertThat(cleared.deliveryAddress()).isEmpty();
        assertThat(cleared.preferredPaymentMethod()).isEmpty();
    }

    @Test
    void aChangeCannotTakeAnotherCustomersEmail() {
        Customer anna = customers.add(aCustomer(1).build());
        Customer bob = customers.add(aCustomer(2).build());

        assertThatThrownBy(() -> customers.change(
                        bob.id(),
                        new ProfileChange(anna.email(), bob.phoneNumber(), Optional.empty(), Optional.empty())))
                .isInstanceOf(DuplicateException.class)
                .extracting("field")
                .isEqualTo("email");
        assertThat(customers.byId(bob.id())).contains(bob);
        // keeping one's own values is no conflict
        assertThat(customers.change(
                        bob.id(),
                        new ProfileChange(bob.email(), bob.phoneNumber(), Optional.empty(), Optional.empty())))
                .isEqualTo(bob);
    }

    @Test
    void thePasswordHashCanBeReplaced() {
        Customer anna = customers.add(aCustomer().withPasswordHash("$old").build());

        customers.changePasswordHash(anna.id(), "$new");

        assertThat(customers.credentialsOf(anna.id()))
                .get()
                .extracting(Credentials::passwordHash)
                .isEqualTo("$new");
    }
}
