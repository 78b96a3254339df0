package com.fooddelivery.customer.application.customer;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.util.Objects;

/** Shows signed-in customers their own account. */
public class ShowProfile {

    private final CustomerRepository customers;

    @Inject
    public ShowProfile(CustomerRepository customers) {
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * The caller's account.
     *
     * @throws AuthenticationException when the account was deleted after the token check
     */
    public Customer show(Caller caller) {
        return customers
                .byId(caller.customerId())
                .orElseThrow(() -> new AuthenticationException("the caller's account no longer exists"));
    }
}
