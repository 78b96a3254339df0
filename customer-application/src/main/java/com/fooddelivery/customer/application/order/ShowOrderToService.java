package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.PhoneNumber;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** One order as the kitchen and the courier need it: the order, its payment and whom to call at the door. */
public class ShowOrderToService {

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final CustomerRepository customers;

    @Inject
    public ShowOrderToService(OrderRepository orders, PaymentRepository payments, CustomerRepository customers) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /** The order with its latest payment and the customer's phone; NotFoundException when there is none. */
    public View show(OrderUid uid) {
        Order order = orders.byUid(uid).orElseThrow(() -> new NotFoundException("order", uid));
        Optional<PhoneNumber> phone = customers.byId(order.customerId()).map(customer -> customer.phoneNumber());
        return new View(order, payments.latestOf(uid), phone);
    }

    /** What the service sees of an order; no phone once the account is gone. */
    public record View(Order order, Optional<Payment> payment, Optional<PhoneNumber> customerPhone) {}
}
