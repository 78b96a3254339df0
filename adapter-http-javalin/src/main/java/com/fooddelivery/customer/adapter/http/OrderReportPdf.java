package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.rating.Rating;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The printable order report: one A4 page of text (not an image, so it can be searched and read
 * aloud) with the same facts as {@code GET /orders/{uid}}.
 */
final class OrderReportPdf {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private OrderReportPdf() {}

    static byte[] render(Order order, Optional<Payment> payment, Optional<Rating> rating) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Order " + order.uid());
            document.open();
            document.add(new Paragraph("Order report", TITLE));
            document.add(new Paragraph("Order " + order.uid(), TEXT));
            document.add(new Paragraph(" ", TEXT));

            PdfPTable facts = new PdfPTable(new float[] {1.2f, 2f});
            facts.setWidthPercentage(100);
            fact(facts, "Status", order.status().name());
            fact(facts, "Delivery place", order.address().value());
            fact(
                    facts,
                    "Payment",
                    order.paymentMethod().name() + " (" + order.paymentStatus().name() + ")");
            payment.ifPresent(attempt -> fact(
                    facts,
                    "Payment outcome",
                    attempt.status().name()
                            + attempt.card()
                                    .map(card -> ", " + card.brand() + " ****" + card.last4())
                                    .orElse("")
                            + attempt.failureReason()
                                    .map(reason -> ": " + reason)
                                    .orElse("")
                            + attempt.refundReference()
                                    .map(refund -> " (refund " + refund + ")")
                                    .orElse("")));
            fact(facts, "Registered", time(Optional.of(order.timeline().registeredAt())));
            fact(facts, "Cooking started", time(order.timeline().cookingStartedAt()));
            fact(facts, "Cooking finished", time(order.timeline().cookingFinishedAt()));
            fact(facts, "Delivery started", time(order.timeline().deliveryStartedAt()));
            fact(facts, "Delivered", time(order.timeline().deliveredAt()));
            order.timeline().cancelledAt().ifPresent(at -> fact(facts, "Cancelled", time(Optional.of(at))));
            fact(facts, "Estimated ready", time(Optional.of(order.estimates().readyAt())));
            fact(facts, "Estimated delivery", time(Optional.of(order.estimates().deliveryAt())));
            if (!order.comment().isEmpty()) {
                fact(facts, "Comment", order.comment());
            }
            rating.ifPresent(stars -> {
                fact(
                        facts,
                        "Rating",
                        "food " + stars.food() + "/5, delivery " + stars.delivery() + "/5 ("
                                + TIME.format(stars.ratedAt()) + ")");
                if (!stars.comment().isEmpty()) {
                    fact(facts, "Rating comment", stars.comment());
                }
            });
            document.add(facts);
            document.add(new Paragraph(" ", TEXT));

            String currency = order.total().currency().getCurrencyCode();
            PdfPTable lines = new PdfPTable(new float[] {3f, 1.2f, 0.8f, 1.2f});
            lines.setWidthPercentage(100);
            header(lines, "Item", "Unit price", "Qty", "Cost");
            for (OrderLine line : order.lines()) {
                cell(lines, line.name(), Element.ALIGN_LEFT, TEXT);
                cell(lines, line.unitPrice().amount().toPlainString() + " " + currency, Element.ALIGN_RIGHT, TEXT);
                cell(lines, Integer.toString(line.quantity()), Element.ALIGN_RIGHT, TEXT);
                cell(lines, line.cost().amount().toPlainString() + " " + currency, Element.ALIGN_RIGHT, TEXT);
            }
            cell(lines, "Total", Element.ALIGN_LEFT, BOLD);
            cell(lines, "", Element.ALIGN_RIGHT, TEXT);
            cell(lines, Integer.toString(order.itemCount()), Element.ALIGN_RIGHT, BOLD);
            cell(lines, order.total().amount().toPlainString() + " " + currency, Element.ALIGN_RIGHT, BOLD);
            document.add(lines);
        } catch (DocumentException failure) {
            throw new IllegalStateException("the order report could not be laid out", failure);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void fact(PdfPTable table, String label, String value) {
        cell(table, label, Element.ALIGN_LEFT, BOLD);
        cell(table, value, Element.ALIGN_LEFT, TEXT);
    }

    private static void header(PdfPTable table, String... labels) {
        for (int i = 0; i < labels.length; i++) {
            cell(table, labels[i], i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT, BOLD);
        }
    }

    private static void cell(PdfPTable table, String text, int alignment, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static String time(Optional<Instant> at) {
        return at.map(TIME::format).orElse("-");
    }
}
