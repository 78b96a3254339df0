package com.fooddelivery.customer.adapter.persistence;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jooq.exception.DataAccessException;

/**
 * An order's lines from the JSON that {@link OrderRows#LINES} selects, read with Jackson's streaming
 * parser: one array per line of menu item id, name, unit price, quantity and currency, as jOOQ's MULTISET
 * emulation writes them ({@code jsonb_agg(jsonb_build_array(...))}). jOOQ parsing the same text made a
 * record of each line and converted it again, several times the work of reading five values.
 */
final class OrderLinesJson {

    private static final JsonFactory JSON = new JsonFactory();

    private OrderLinesJson() {}

    static List<OrderLine> parse(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY, json);
            List<OrderLine> lines = new ArrayList<>();
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT, json);
                int itemId = parser.getIntValue();
                expect(parser.nextToken(), JsonToken.VALUE_STRING, json);
                String name = parser.getText();
                parser.nextToken();
                BigDecimal unitPrice = parser.getDecimalValue();
                expect(parser.nextToken(), JsonToken.VALUE_NUMBER_INT, json);
                int quantity = parser.getIntValue();
                expect(parser.nextToken(), JsonToken.VALUE_STRING, json);
                Currency currency = Currency.getInstance(parser.getText());
                expect(parser.nextToken(), JsonToken.END_ARRAY, json);
                lines.add(new OrderLine(new MenuItemId(itemId), name, new Money(unitPrice, currency), quantity));
            }
            expect(parser.currentToken(), JsonToken.END_ARRAY, json);
            return List.copyOf(lines);
        } catch (IOException failure) {
            throw new DataAccessException("reading an order's lines: " + json, failure);
        }
    }

    private static void expect(JsonToken token, JsonToken expected, String json) {
        if (token != expected) {
            throw new DataAccessException(
                    "expected " + expected + " but found " + token + " in an order's lines: " + json);
        }
    }
}
