package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Currency;
import java.util.List;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

/** The lines' JSON as PostgreSQL writes {@link OrderRows#LINES}, read back without jOOQ. */
class OrderLinesJsonTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void readsEveryLineInOrderWithItsExactPrice() {
        assertThat(OrderLinesJson.parse("[[1, \"Margherita\", 8.50, 2, \"EUR\"], [2, \"Cola\", 1000.00, 99, \"EUR\"]]"))
                .containsExactly(
                        new OrderLine(new MenuItemId(1), "Margherita", Money.of("8.50", EUR), 2),
                        new OrderLine(new MenuItemId(2), "Cola", Money.of("1000.00", EUR), 99));
    }

    @Test
    void unescapesNamesAsJsonWritesThem() {
        assertThat(OrderLinesJson.parse(
                                "[[7, \"\\\"Quattro\\\" \\\\ \\t Cr\\u00e8me \\ud83c\\udf55 brûlée\", 0.05, 1, \"EUR\"]]")
                        .get(0)
                        .name())
                .isEqualTo("\"Quattro\" \\ \t Crème 🍕 brûlée");
    }

    @Test
    void anOrderWithoutLinesIsAnEmptyList() {
        assertThat(OrderLinesJson.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void refusesAnotherShape() {
        assertThatThrownBy(() -> OrderLinesJson.parse("[[1, \"Margherita\", 8.50, 2]]"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> OrderLinesJson.parse("{\"lines\": []}")).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> OrderLinesJson.parse("[[1, \"Margherita\", 8.50, 2, \"EUR\"]"))
                .isInstanceOf(DataAccessException.class);
    }
}
