package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.menu.MenuPricesContract;
import com.fooddelivery.customer.domain.menu.MenuUnderTest;
import org.junit.jupiter.api.AfterEach;

/** The jOOQ menu, as a {@link MenuPrices}, on the embedded PostgreSQL. */
class JooqMenuPricesTest extends MenuPricesContract {

    private PostgresPersistence persistence;

    @Override
    protected MenuUnderTest<MenuPrices> emptyMenu() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), EUR);
        return MenuUnderTest.of(persistence.menu(), MenuPrices.class);
    }

    @AfterEach
    void close() {
        persistence.close();
    }
}
