package com.fooddelivery.peer.order;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderRepository extends JpaRepository<Order, Long> {

    /** The order with its lines in one statement. */
    @Query("select o from Order o left join fetch o.lines where o.uid = :uid")
    Optional<Order> findWithLines(@Param("uid") UUID uid);

    /** A page of the customer's orders, newest first, below {@code before}. */
    @Query("""
            select new com.fooddelivery.peer.order.OrderSummary(o.id, o.uid, o.status, o.registeredAt,
                o.totalAmount, o.currency, o.itemCount, o.estimatedDeliveryAt)
            from Order o
            where o.customerId = :customer and o.id < :before
              and (:all = true or o.status not in ('DELIVERED', 'CANCELLED'))
            order by o.id desc""")
    List<OrderSummary> page(@Param("customer") int customerId, @Param("before") long before,
                            @Param("all") boolean all, Limit limit);

    /** The kitchen's queue that the estimates count. */
    long countByStatusIn(Collection<String> statuses);
}
