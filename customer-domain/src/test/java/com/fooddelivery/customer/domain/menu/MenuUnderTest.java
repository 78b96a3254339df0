package com.fooddelivery.customer.domain.menu;

import java.util.Objects;

/**
 * A read port of the menu under test, with the way its contract stocks the same menu.
 *
 * @param <P>   the port under test
 * @param port  the port under test
 * @param stock puts categories and items on the menu the port reads
 */
public record MenuUnderTest<P>(P port, MenuManagement stock) {

    /**
     * Requires both.
     *
     * @param port the port under test
     * @param stock puts categories and items on the menu the port reads
     */
    public MenuUnderTest {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(stock, "stock");
    }

    /**
     * A store that is both the port and its own stock, as the fake and the jOOQ adapter are.
     *
     * @param <P> the port under test
     * @param menu the store
     * @return the store as port and stock
     */
    public static <P> MenuUnderTest<P> of(MenuRepository menu, Class<P> port) {
        return new MenuUnderTest<>(port.cast(menu), menu);
    }
}
