package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The customer's orders as CSV, one row per order line: RFC 4180 quoting by Commons CSV (CRLF line
 * ends, fields with a comma, quote or line break quoted, quotes doubled). A text cell that a
 * spreadsheet would read as a formula is defused with a leading apostrophe (OWASP's advice on CSV
 * injection), since the address, comment and item names are free text someone typed.
 */
final class OrdersCsv {

    static final String MEDIA_TYPE = "text/csv";

    private static final String[] HEADER = {
        "orderUid",
        "registeredAt",
        "status",
        "paymentMethod",
        "paymentStatus",
        "deliveryAddress",
        "comment",
        "line",
        "menuItemId",
        "itemName",
        "unitPrice",
        "quantity",
        "lineCost",
        "orderTotal",
        "currency",
        "deliveredAt",
        "cancelledAt"
    };
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setHeader(HEADER).get();

    private OrdersCsv() {}

    static String render(List<Order> orders) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (Order order : orders) {
                String currency = order.total().currency().getCurrencyCode();
                int number = 0;
                for (OrderLine line : order.lines()) {
                    number++;
                    csv.printRecord(
                            order.uid(),
                            order.timeline().registeredAt(),
                            order.status(),
                            order.paymentMethod(),
                            order.paymentStatus(),
                            text(order.address().value()),
                            text(order.comment()),
                            number,
                            line.menuItemId().value(),
                            text(line.name()),
                            line.unitPrice().amount().toPlainString(),
                            line.quantity(),
                            line.cost().amount().toPlainString(),
                            order.total().amount().toPlainString(),
                            currency,
                            time(order.timeline().deliveredAt()),
                            time(order.timeline().cancelledAt()));
                }
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    /**
     * Free text, with a leading apostrophe when it starts like a formula ({@code = + - @}, or a tab
     * or carriage return that some spreadsheets skip before one).
     */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String time(Optional<Instant> at) {
        return at.map(Instant::toString).orElse("");
    }
}
