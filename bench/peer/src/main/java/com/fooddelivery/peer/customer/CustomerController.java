package com.fooddelivery.peer.customer;

import com.fooddelivery.peer.security.CustomerPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in customer's profile: {@code GET /api/v1/customers/me}. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {

    private final CustomerRepository customers;

    CustomerController(CustomerRepository customers) {
        this.customers = customers;
    }

    @GetMapping("/me")
    CustomerDto me(@AuthenticationPrincipal OAuth2AuthenticatedPrincipal principal) {
        int id = CustomerPrincipal.customerId(principal);
        Customer customer = customers.findById(id).orElseThrow();
        return new CustomerDto(customer.getUid(), customer.getLogin(), customer.getEmail(), customer.getPhoneNumber(),
                customer.getDeliveryAddress(), customer.getPreferredPaymentMethod(),
                customers.defaultCardId(id).orElse(null));
    }

    record CustomerDto(String uid, String login, String email, String phoneNumber, String deliveryAddress,
                       String preferredPaymentMethod, Integer defaultCardId) {
    }
}
