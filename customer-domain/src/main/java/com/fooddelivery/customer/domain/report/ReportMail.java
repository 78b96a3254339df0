package com.fooddelivery.customer.domain.report;

import com.fooddelivery.customer.domain.customer.Email;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.util.Objects;

/** An order's PDF report on its way to the customer's address as it was at the request. */
@SuppressWarnings("ArrayRecordComponent") // a document to send, never compared
public record ReportMail(Email to, OrderUid orderUid, byte[] pdf) {

    public ReportMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(orderUid, "orderUid");
        Objects.requireNonNull(pdf, "pdf");
        if (pdf.length == 0) {
            throw new IllegalArgumentException("empty report");
        }
    }
}
