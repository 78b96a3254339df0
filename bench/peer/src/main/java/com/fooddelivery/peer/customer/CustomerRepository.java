package com.fooddelivery.peer.customer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, Integer> {

    /** The id of the customer's default linked card, as the service's profile shows it. */
    @Query(value = "select delivery_card_c_id from delivery_card_c where customer_id = ?1 and is_default",
            nativeQuery = true)
    Optional<Integer> defaultCardId(int customerId);
}
