package com.fooddelivery.customer.domain.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.Money;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MenuPrices} promises to the use cases that price orders. Extended once for the
 * in-memory fake and once for each real adapter, so the fake the use-case tests rely on cannot
 * drift from the store.
 *
 * <p>The contract puts categories and items on the menu through a {@link MenuManagement} over the
 * same store; a team whose menu is filled some other way gives a test-only one.
 */
public abstract class MenuPricesContract {

    protected static final Currency EUR = Currency.getInstance("EUR");

    private MenuPrices prices;
    private MenuManagement stock;

    /** The port over an empty menu whose prices are in euros, and a way to stock that same menu. */
    protected abstract MenuUnderTest<MenuPrices> emptyMenu();

    @BeforeEach
    void startEmpty() {
        MenuUnderTest<MenuPrices> menu = emptyMenu();
        prices = menu.port();
        stock = menu.stock();
    }

    @Test
    void itemsAreReadTogetherAsEachIsReadAlone() {
        Category pizza = stock.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem margherita = stock.add(new NewMenuItem(pizza.id(), "Margherita", "", euros("8.50"), Optional.empty()));
        MenuItem salami = stock.add(new NewMenuItem(pizza.id(), "Salami", "", euros("9.90"), Optional.empty()));
        MenuItem retired = stock.add(new NewMenuItem(pizza.id(), "Hawaii", "", euros("9.50"), Optional.empty()));
        stock.retire(retired.id());
        MenuItem unavailable =
                stock.change(salami.id(), new MenuItemDetails(pizza.id(), "Salami", "", euros("9.90"), false));

        assertThat(prices.items(Set.of(margherita.id(), salami.id(), retired.id(), new MenuItemId(999))))
                .isEqualTo(Map.of(margherita.id(), margherita, salami.id(), unavailable));
        assertThat(prices.items(Set.of())).isEmpty();
    }

    @Test
    void pricesAreExactToTheCent() {
        Category pizza = stock.add(new NewCategory("Pizza", "", Optional.empty()));
        MenuItem calzone =
                stock.add(new NewMenuItem(pizza.id(), "Calzone", "Folded", euros("10.05"), Optional.empty()));

        MenuItem priced = prices.items(Set.of(calzone.id())).get(calzone.id());

        assertThat(priced.price()).isEqualTo(euros("10.05"));
        assertThat(priced.price().amount().scale()).isEqualTo(2);
        assertThat(priced.name()).isEqualTo("Calzone");
    }

    protected static Money euros(String amount) {
        return Money.of(amount, EUR);
    }
}
