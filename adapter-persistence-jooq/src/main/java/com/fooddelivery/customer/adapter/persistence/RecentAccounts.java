package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_C;

import com.fooddelivery.customer.domain.customer.Customer;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The accounts last made of {@code GET /customers/me}'s rows, one slot per customer id modulo {@link #SLOTS}. A row
 * whose columns all equal those a slot's account was made of gets that account again: the same columns make the
 * same account, so only the work is saved, the checks of its e-mail, login and phone number by their patterns (a
 * sixth of the route's own service CPU beyond {@code GET /health}'s, docs/performance.md, "GET /customers/me (me,
 * session 13)"). Any other row is mapped as {@link JooqCustomerRepository#toCustomer(RowValues)} maps it and takes
 * the slot. Nothing here decides whether a session is valid: the read's statement did that, this request.
 */
final class RecentAccounts {

    /** Slots, a power of two; a few hundred kilobytes when all are taken. */
    static final int SLOTS = 1_024;

    private final AtomicReferenceArray<Known> slots = new AtomicReferenceArray<>(SLOTS);

    /** The account of the row's columns. */
    Customer of(RowValues row) {
        Columns columns = Columns.of(row);
        int slot = columns.id() & (SLOTS - 1);
        Known known = slots.get(slot);
        if (known != null && known.columns().equals(columns)) {
            return known.customer();
        }
        Customer customer = JooqCustomerRepository.toCustomer(row);
        slots.set(slot, new Known(columns, customer));
        return customer;
    }

    /** An account's columns as stored, before any check or normalisation. */
    private record Columns(
            int id, String uid, String login, String email, String phone, String address, String paymentMethod) {

        static Columns of(RowValues row) {
            return new Columns(
                    row.get(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID),
                    row.get(DELIVERY_CUSTOMER_C.CUSTOMER_UID),
                    row.get(DELIVERY_CUSTOMER_C.LOGIN),
                    row.get(DELIVERY_CUSTOMER_C.EMAIL),
                    row.get(DELIVERY_CUSTOMER_C.PHONE_NUMBER),
                    row.get(DELIVERY_CUSTOMER_C.DEFAULT_DELIVERY_ADDRESS),
                    row.get(DELIVERY_CUSTOMER_C.PREFERRED_PAYMENT_METHOD));
        }
    }

    private record Known(Columns columns, Customer customer) {}
}
