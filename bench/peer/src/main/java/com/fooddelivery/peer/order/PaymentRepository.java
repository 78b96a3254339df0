package com.fooddelivery.peer.order;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentRepository extends JpaRepository<Payment, Long> {

    Optional<Payment> findFirstByOrderUidOrderByIdDesc(UUID orderUid);
}
