package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderSummary;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionId;
import com.fooddelivery.customer.domain.token.SignedIn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of {@code JooqSignedInReads}' page statement, read by column number: the session's id and
 * customer, then {@link JooqOrderRepository#pageOf}'s columns in their order (id, uid, status, registered,
 * total, currency, item count, estimated delivery). A session without orders on the page is one row whose
 * page columns are null; no row at all means no valid session.
 */
final class PageRows {

    private PageRows() {}

    /** The page of the rows, read one more than {@code limit}; empty when no session was found. */
    static Optional<SignedIn<OrderPage>> read(ResultSet rows, int limit) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        Caller caller = new Caller(new CustomerId(rows.getInt(2)), new SessionId(rows.getInt(1)));
        List<OrderSummary> orders = new ArrayList<>(limit);
        Optional<OrderPage.Position> next = Optional.empty();
        long last = 0;
        if (rows.getObject(3) != null) {
            do {
                if (orders.size() == limit) {
                    next = Optional.of(new OrderPage.Position(last));
                    break;
                }
                last = rows.getLong(3);
                orders.add(summary(rows));
            } while (rows.next());
        }
        return Optional.of(new SignedIn<>(caller, new OrderPage(orders, next)));
    }

    private static OrderSummary summary(ResultSet row) throws SQLException {
        return new OrderSummary(
                new OrderUid(row.getObject(4, UUID.class)),
                OrderStatus.valueOf(row.getString(5)),
                row.getObject(6, OffsetDateTime.class).toInstant(),
                new Money(row.getBigDecimal(7), Currency.getInstance(row.getString(8))),
                row.getInt(9),
                row.getObject(10, OffsetDateTime.class).toInstant());
    }
}
