package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.statistics.Statistics;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.ItemFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.PlaceFigures;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The statistics dashboard as a PDF in the order report's style: the money chart, then the tables
 * (totals, buckets, top items, places). Tables are text, so the figures can be searched and read aloud.
 */
final class StatisticsPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 10);

    private StatisticsPdf() {}

    static byte[] render(Statistics statistics, String currency) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Order statistics");
            document.open();
            var period = statistics.period();
            document.add(new Paragraph("Order statistics", TITLE));
            document.add(new Paragraph(
                    period.from() + " to " + period.to() + ", per "
                            + period.bucket().name().toLowerCase(Locale.ROOT) + ", times in "
                            + period.zone().getId()
                            + "; amounts in " + currency,
                    TEXT));
            document.add(new Paragraph(" ", TEXT));
            Image chart = Image.getInstance(StatisticsChart.png(statistics, StatisticsChart.Metric.SPENT, currency));
            chart.scaleToFit(document.getPageSize().getWidth() - 96, 260);
            document.add(chart);

            PdfPTable totals = table(
                    new float[] {1.2f, 1f, 1f, 1.2f, 1f, 1.2f}, "", "Orders", "Items", "Spent", "Cancelled", "Average");
            row(
                    totals,
                    BOLD,
                    "Total",
                    Long.toString(statistics.orders()),
                    Long.toString(statistics.items()),
                    money(statistics.spent(), currency),
                    Long.toString(statistics.cancelled()),
                    money(StatisticsDtos.average(statistics.spent(), statistics.orders()), currency));
            document.add(totals);
            document.add(new Paragraph(" ", TEXT));

            PdfPTable buckets = table(
                    new float[] {1.2f, 1f, 1f, 1.2f, 1f, 1.2f},
                    "From",
                    "Orders",
                    "Items",
                    "Spent",
                    "Cancelled",
                    "Average");
            buckets.setHeaderRows(1);
            for (BucketFigures bucket : statistics.series()) {
                row(
                        buckets,
                        TEXT,
                        bucket.start().toLocalDate().toString(),
                        Long.toString(bucket.orders()),
                        Long.toString(bucket.items()),
                        money(bucket.spent(), currency),
                        Long.toString(bucket.cancelled()),
                        money(StatisticsDtos.average(bucket.spent(), bucket.orders()), currency));
            }
            document.add(buckets);
            document.add(new Paragraph(" ", TEXT));

            items(document, "Top items by quantity", statistics.topByQuantity(), currency);
            items(document, "Top items by money", statistics.topByMoney(), currency);
            PdfPTable places = table(new float[] {3f, 1f, 1.2f}, "Delivery place", "Orders", "Spent");
            for (PlaceFigures place : statistics.places()) {
                row(places, TEXT, place.address(), Long.toString(place.orders()), money(place.spent(), currency));
            }
            document.add(places);
        } catch (DocumentException failure) {
            throw new IllegalStateException("the statistics could not be laid out", failure);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void items(Document document, String title, List<ItemFigures> items, String currency)
            throws DocumentException {
        PdfPTable table = table(new float[] {3f, 1f, 1.2f}, title, "Quantity", "Spent");
        for (ItemFigures item : items) {
            row(table, TEXT, item.name(), Long.toString(item.quantity()), money(item.spent(), currency));
        }
        document.add(table);
        document.add(new Paragraph(" ", TEXT));
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        row(table, BOLD, headers);
        return table;
    }

    private static void row(PdfPTable table, Font font, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(cells[i], font));
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setPadding(4);
            table.addCell(cell);
        }
    }

    private static String money(BigDecimal amount, String currency) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " " + currency;
    }
}
