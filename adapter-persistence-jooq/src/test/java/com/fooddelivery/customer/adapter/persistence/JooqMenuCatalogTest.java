package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuCatalogContract;
import com.fooddelivery.customer.domain.menu.MenuUnderTest;
import org.junit.jupiter.api.AfterEach;

/** The jOOQ menu, as a {@link MenuCatalog}, on the embedded PostgreSQL. */
class JooqMenuCatalogTest extends MenuCatalogContract {

    private PostgresPersistence persistence;

    @Override
    protected MenuUnderTest<MenuCatalog> emptyMenu() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), EUR);
        return MenuUnderTest.of(persistence.menu(), MenuCatalog.class);
    }

    @AfterEach
    void close() {
        persistence.close();
    }
}
