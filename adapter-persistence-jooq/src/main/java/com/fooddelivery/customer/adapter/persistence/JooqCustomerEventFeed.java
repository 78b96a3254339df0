package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import java.util.Arrays;
import java.util.List;
import org.jooq.Record;

/**
 * The event log by customer: every event's data names its customer ({@code customerUid}, added when it
 * was stored), which the join turns into the customer's id. Like the feed, it serves only positions up to
 * the {@link SettledPositions settled mark}, so no reader passes an event still in flight.
 */
final class JooqCustomerEventFeed implements CustomerEventFeed {

    private static final String SELECT = "select " + JooqEventLog.COLUMNS + ", c.delivery_customer_c_id"
            + " from delivery_event_c e join delivery_customer_c c on c.customer_uid = e.data->>'customerUid'";

    private final JooqUnitOfWork unitOfWork;
    private final SettledPositions settled;

    JooqCustomerEventFeed(JooqUnitOfWork unitOfWork, SettledPositions settled) {
        this.unitOfWork = unitOfWork;
        this.settled = settled;
    }

    /** The settled mark as of now rather than the greatest position stored, which may have gaps in flight below it. */
    @Override
    public long head() {
        return settled.head(unitOfWork.dsl());
    }

    @Override
    public List<CustomerEvent> after(long position, int limit) {
        return upToTheMark("", position, limit);
    }

    @Override
    public List<CustomerEvent> ofCustomer(CustomerId customerId, long position, int limit) {
        return upToTheMark("c.delivery_customer_c_id = ? and ", position, limit, customerId.value());
    }

    /** The events after a position and up to the settled mark that meet the condition, which takes its values first. */
    private List<CustomerEvent> upToTheMark(String condition, long position, int limit, Object... values) {
        var dsl = unitOfWork.dsl();
        return settled.read(
                position,
                limit,
                mark -> {
                    Object[] bound = Arrays.copyOf(values, values.length + 3);
                    bound[values.length] = position;
                    bound[values.length + 1] = mark;
                    bound[values.length + 2] = limit;
                    return dsl.resultQuery(
                                    SELECT + " where " + condition + "e.delivery_event_c_id > ?"
                                            + " and e.delivery_event_c_id <= ? order by e.delivery_event_c_id limit ?",
                                    bound)
                            .fetch(JooqCustomerEventFeed::customerEvent);
                },
                dsl);
    }

    private static CustomerEvent customerEvent(Record row) {
        return new CustomerEvent(new CustomerId(row.get(7, Integer.class)), JooqEventLog.recorded(row));
    }
}
