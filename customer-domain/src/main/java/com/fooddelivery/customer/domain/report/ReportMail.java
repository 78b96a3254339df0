package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.util.Objects;

/**
 * An order's PDF report on its way to the customer's own address.
 *
 * @param to       the customer's e-mail address at the time of the request
 */
@SuppressWarnings("ArrayRecordComponent") // a document to send, never compared
public record ReportMail(Email to, OrderUid orderUid, byte[] pdf) {

    /** Requires every part and a non-empty report. */
    public ReportMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("empty report");
        }
    }
}
