package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import java.util.List;
import org.jooq.Record;

/**
 * The event log by customer: every event's data names its customer ({@code customerUid}, added when it
 * was stored), which the join turns into the customer's id.
 */
final class JooqCustomerEventFeed implements CustomerEventFeed {

    private static final String SELECT = "select " + JooqEventLog.COLUMNS + ", c.delivery_customer_c_id"
            + " from delivery_event_c e join delivery_customer_c c on c.customer_uid = e.data->>'customerUid'";

    private final JooqUnitOfWork unitOfWork;

    JooqCustomerEventFeed(JooqUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public long head() {
        Long head = unitOfWork
                .dsl()
                .resultQuery("select max(delivery_event_c_id) from delivery_event_c")
                .fetchOne(0, Long.class);
        return head == null ? 0 : head;
    }

    @Override
    public List<CustomerEvent> after(long position, int limit) {
        return unitOfWork
                .dsl()
                .resultQuery(
                        SELECT + " where e.delivery_event_c_id > ? order by e.delivery_event_c_id limit ?",
                        position,
                        limit)
                .fetch(JooqCustomerEventFeed::customerEvent);
    }

    @Override
    public List<CustomerEvent> ofCustomer(CustomerId customerId, long position, int limit) {
        return unitOfWork
                .dsl()
                .resultQuery(
                        SELECT + " where c.delivery_customer_c_id = ? and e.delivery_event_c_id > ?"
                                + " order by e.delivery_event_c_id limit ?",
                        customerId.value(),
                        position,
                        limit)
                .fetch(JooqCustomerEventFeed::customerEvent);
    }

    private static CustomerEvent customerEvent(Record row) {
        return new CustomerEvent(new CustomerId(row.get(7, Integer.class)), JooqEventLog.recorded(row));
    }
}
