package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.param;

import com.fooddelivery.customer.domain.customer.Credentials;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.customer.Login;
import com.fooddelivery.customer.domain.customer.NewCustomer;
import com.fooddelivery.customer.domain.customer.PhoneNumber;
import com.fooddelivery.customer.domain.customer.ProfileChange;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

/** Customers in {@code delivery_customer_c}; uniqueness is the database's to enforce. */
public final class JooqCustomerRepository implements CustomerRepository {

    private static final Map<String, String> UNIQUE_FIELDS = Map.of(
            "delivery_customer_c_login_uk", "login",
            "delivery_customer_c_email_uk", "email",
            "delivery_customer_c_phone_uk", "phoneNumber");

    private final JooqUnitOfWork db;
    /** Read on every request for the caller's own account. */
    /** The columns of an account, without the password hash. */
    static final List<Field<?>> FIELDS = List.of(
            DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID,
            DELIVERY_CUSTOMER_C.CUSTOMER_UID,
            DELIVERY_CUSTOMER_C.LOGIN,
            DELIVERY_CUSTOMER_C.EMAIL,
            DELIVERY_CUSTOMER_C.PHONE_NUMBER,
            DELIVERY_CUSTOMER_C.DEFAULT_DELIVERY_ADDRESS,
            DELIVERY_CUSTOMER_C.PREFERRED_PAYMENT_METHOD);

    private final PrerenderedQuery byId;
    /** Read by every sign-in: by login or email, and by phone number too where the text is one. */
    private final PrerenderedQuery credentialsByName;

    private final PrerenderedQuery credentialsByNameOrPhone;

    JooqCustomerRepository(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
        this.byId = new PrerenderedQuery(
                db.dsl(),
                db.dsl()
                        .select(FIELDS)
                        .from(DELIVERY_CUSTOMER_C)
                        .where(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID.eq(param("id", Integer.class))));
        Condition byName = lower(DELIVERY_CUSTOMER_C.LOGIN)
                .eq(lower(param("login", String.class)))
                .or(lower(DELIVERY_CUSTOMER_C.EMAIL).eq(lower(param("email", String.class))));
        this.credentialsByName = credentialsWhere(byName);
        this.credentialsByNameOrPhone =
                credentialsWhere(byName.or(DELIVERY_CUSTOMER_C.PHONE_NUMBER.eq(param("phone", String.class))));
    }

    private PrerenderedQuery credentialsWhere(Condition condition) {
        return new PrerenderedQuery(
                db.dsl(),
                db.dsl()
                        .select(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID, DELIVERY_CUSTOMER_C.PASSWORD)
                        .from(DELIVERY_CUSTOMER_C)
                        .where(condition)
                        .limit(inline(1)));
    }

    @Override
    public Customer add(NewCustomer customer) {
        Integer id = translatingDuplicates(() -> db.dsl()
                .insertInto(DELIVERY_CUSTOMER_C)
                .set(DELIVERY_CUSTOMER_C.CUSTOMER_UID, customer.uid().toString())
                .set(DELIVERY_CUSTOMER_C.LOGIN, customer.login().value())
                .set(DELIVERY_CUSTOMER_C.EMAIL, customer.email().value())
                .set(DELIVERY_CUSTOMER_C.PHONE_NUMBER, customer.phoneNumber().value())
                .set(DELIVERY_CUSTOMER_C.PASSWORD, customer.passwordHash())
                .returning(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID)
                .fetchSingle(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID));
        return new Customer(
                new CustomerId(id),
                customer.uid(),
                customer.login(),
                customer.email(),
                customer.phoneNumber(),
                Optional.empty(),
                Optional.empty());
    }

    @Override
    public Optional<Customer> byId(CustomerId id) {
        return byId.with(db.dsl(), id.value()).fetchOptional(JooqCustomerRepository::toCustomer);
    }

    @Override
    public Optional<Credentials> credentialsFor(String identifier) {
        String text = identifier.strip();
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(text);
        var query = phone.isPresent()
                ? credentialsByNameOrPhone.with(
                        db.dsl(), text, text, phone.get().value())
                : credentialsByName.with(db.dsl(), text, text);
        return query.fetchOptional(row -> new Credentials(
                new CustomerId(row.get(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID)),
                row.get(DELIVERY_CUSTOMER_C.PASSWORD)));
    }

    @Override
    public Optional<Credentials> credentialsOf(CustomerId id) {
        return credentials(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID.eq(id.value()));
    }

    @Override
    public Customer change(CustomerId id, ProfileChange change) {
        translatingDuplicates(() -> db.dsl()
                .update(DELIVERY_CUSTOMER_C)
                .set(DELIVERY_CUSTOMER_C.EMAIL, change.email().value())
                .set(DELIVERY_CUSTOMER_C.PHONE_NUMBER, change.phoneNumber().value())
                .set(
                        DELIVERY_CUSTOMER_C.DEFAULT_DELIVERY_ADDRESS,
                        change.deliveryAddress().map(DeliveryAddress::value).orElse(null))
                .set(
                        DELIVERY_CUSTOMER_C.PREFERRED_PAYMENT_METHOD,
                        change.preferredPaymentMethod().map(Enum::name).orElse(null))
                .where(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID.eq(id.value()))
                .execute());
        return byId(id).orElseThrow(() -> new IllegalStateException("customer " + id + " vanished"));
    }

    @Override
    public void changePasswordHash(CustomerId id, String passwordHash) {
        db.dsl()
                .update(DELIVERY_CUSTOMER_C)
                .set(DELIVERY_CUSTOMER_C.PASSWORD, passwordHash)
                .where(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID.eq(id.value()))
                .execute();
    }

    private Optional<Credentials> credentials(Condition condition) {
        return db.dsl()
                .select(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID, DELIVERY_CUSTOMER_C.PASSWORD)
                .from(DELIVERY_CUSTOMER_C)
                .where(condition)
                .limit(1)
                .fetchOptional(mapping((id, hash) -> new Credentials(new CustomerId(id), hash)));
    }

    static Customer toCustomer(Record row) {
        return toCustomer(RowValues.of(row));
    }

    static Customer toCustomer(RowValues row) {
        return new Customer(
                new CustomerId(row.get(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID)),
                UUID.fromString(row.get(DELIVERY_CUSTOMER_C.CUSTOMER_UID)),
                new Login(row.get(DELIVERY_CUSTOMER_C.LOGIN)),
                new Email(row.get(DELIVERY_CUSTOMER_C.EMAIL)),
                new PhoneNumber(row.get(DELIVERY_CUSTOMER_C.PHONE_NUMBER)),
                Optional.ofNullable(row.get(DELIVERY_CUSTOMER_C.DEFAULT_DELIVERY_ADDRESS))
                        .map(DeliveryAddress::new),
                Optional.ofNullable(row.get(DELIVERY_CUSTOMER_C.PREFERRED_PAYMENT_METHOD))
                        .map(PaymentMethod::valueOf));
    }

    private static <T> T translatingDuplicates(Supplier<T> write) {
        try {
            return write.get();
        } catch (DataAccessException failure) {
            throw Constraints.violatedUnique(failure, UNIQUE_FIELDS)
                    .<RuntimeException>map(DuplicateException::new)
                    .orElse(failure);
        }
    }
}
