package com.example.embedding;

import com.fooddelivery.customer.domain.customer.Credentials;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.NewCustomer;
import com.fooddelivery.customer.domain.customer.PhoneNumber;
import com.fooddelivery.customer.domain.customer.ProfileChange;
import com.fooddelivery.customer.domain.shared.DuplicateException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Customers in a map. Login (in any case), email and phone number are each unique, and a customer
 * signs in with any of the three, as the port promises.
 */
public final class MapCustomerRepository implements CustomerRepository {

    private record Row(Customer customer, String passwordHash) {
    }

    private final Map<CustomerId, Row> rows = new LinkedHashMap<>();
    private int lastId;

    @Override
    public synchronized Customer add(NewCustomer draft) {
        Customer customer = new Customer(new CustomerId(lastId + 1), draft.uid(), draft.login(), draft.email(),
                draft.phoneNumber(), Optional.empty(), Optional.empty());
        requireUnique(customer, true);
        lastId++;
        rows.put(customer.id(), new Row(customer, draft.passwordHash()));
        return customer;
    }

    @Override
    public synchronized Optional<Customer> byId(CustomerId id) {
        return Optional.ofNullable(rows.get(id)).map(Row::customer);
    }

    @Override
    public synchronized Optional<Credentials> credentialsFor(String identifier) {
        String lower = identifier.strip().toLowerCase(Locale.ROOT);
        Optional<PhoneNumber> phone = PhoneNumber.tryParse(identifier);
        return rows.values().stream()
                .filter(row -> row.customer().login().canonical().equals(lower)
                        || row.customer().email().value().equals(lower)
                        || phone.filter(row.customer().phoneNumber()::equals).isPresent())
                .findFirst()
                .map(row -> new Credentials(row.customer().id(), row.passwordHash()));
    }

    @Override
    public synchronized Optional<Credentials> credentialsOf(CustomerId id) {
        return Optional.ofNullable(rows.get(id)).map(row -> new Credentials(id, row.passwordHash()));
    }

    @Override
    public synchronized Customer change(CustomerId id, ProfileChange change) {
        Row row = rows.get(id);
        Customer old = row.customer();
        Customer changed = new Customer(id, old.uid(), old.login(), change.email(), change.phoneNumber(),
                change.deliveryAddress(), change.preferredPaymentMethod());
        requireUnique(changed, false);
        rows.put(id, new Row(changed, row.passwordHash()));
        return changed;
    }

    @Override
    public synchronized void changePasswordHash(CustomerId id, String passwordHash) {
        rows.computeIfPresent(id, (key, row) -> new Row(row.customer(), passwordHash));
    }

    private void requireUnique(Customer candidate, boolean checkLogin) {
        for (Row row : rows.values()) {
            Customer other = row.customer();
            if (other.id().equals(candidate.id())) {
                continue;
            }
            if (checkLogin && other.login().canonical().equals(candidate.login().canonical())) {
                throw new DuplicateException("login");
            }
            if (other.email().equals(candidate.email())) {
                throw new DuplicateException("email");
            }
            if (other.phoneNumber().equals(candidate.phoneNumber())) {
                throw new DuplicateException("phoneNumber");
            }
        }
    }
}
