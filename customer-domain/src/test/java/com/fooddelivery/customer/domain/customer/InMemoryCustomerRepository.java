package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Customers kept in memory, with the same uniqueness rules as the database. */
public final class InMemoryCustomerRepository implements CustomerRepository {

    private record Row(Customer customer, String passwordHash) {}

    private final Map<Integer, Row> rows = new LinkedHashMap<>();
    private int nextId = 1;

    @Override
    public synchronized Customer add(NewCustomer draft) {
        requireFree(draft.login(), draft.email(), draft.phoneNumber(), null);
        Customer customer = new Customer(
                new CustomerId(nextId++),
                draft.uid(),
                draft.login(),
                draft.email(),
                draft.phoneNumber(),
                Optional.empty(),
                Optional.empty());
        rows.put(customer.id().value(), new Row(customer, draft.passwordHash()));
        return customer;
    }

    @Override
    public synchronized Optional<Customer> byId(CustomerId id) {
        return Optional.ofNullable(rows.get(id.value())).map(Row::customer);
    }

    @Override
    public synchronized Optional<Credentials> credentialsFor(String identifier) {
        String lower = identifier.strip().toLowerCase(Locale.ROOT);
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(identifier);
        return rows.values().stream()
                .filter(row -> row.customer().login().canonical().equals(lower)
                        || row.customer().email().value().equals(lower)
                        || phone.map(row.customer().phoneNumber()::equals).orElse(false))
                .findFirst()
                .map(row -> new Credentials(row.customer().id(), row.passwordHash()));
    }

    @Override
    public synchronized Optional<Credentials> credentialsOf(CustomerId id) {
        return Optional.ofNullable(rows.get(id.value())).map(row -> new Credentials(id, row.passwordHash()));
    }

    @Override
    public synchronized Customer change(CustomerId id, ProfileChange change) {
        Row row = rows.get(id.value());
        requireFree(null, change.email(), change.phoneNumber(), id);
        Customer old = row.customer();
        Customer changed = new Customer(
                old.id(),
                old.uid(),
                old.login(),
                change.email(),
                change.phoneNumber(),
                change.deliveryAddress(),
                change.preferredPaymentMethod());
        rows.put(id.value(), new Row(changed, row.passwordHash()));
        return changed;
    }

    @Override
    public synchronized void changePasswordHash(CustomerId id, String passwordHash) {
        Row row = rows.get(id.value());
        rows.put(id.value(), new Row(row.customer(), passwordHash));
    }

    /** Deletes a customer, as an operator would. */
    public synchronized void delete(CustomerId id) {
        rows.remove(id.value());
    }

    private void requireFree(Login login, Email email, PhoneNumber phone, CustomerId except) {
        for (Row row : rows.values()) {
            Customer other = row.customer();
            if (other.id().equals(except)) {
                continue;
            }
            if (login != null && other.login().canonical().equals(login.canonical())) {
                throw new DuplicateException("login");
            }
            if (other.email().equals(email)) {
                throw new DuplicateException("email");
            }
            if (other.phoneNumber().equals(phone)) {
                throw new DuplicateException("phoneNumber");
            }
        }
    }
}
