package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.token.SignedInReadsContract;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;

/** The signed-in reads' one statement each keeps every promise of the port (decision 0012). */
class JooqSignedInReadsTest extends SignedInReadsContract {

    private PostgresPersistence persistence;

    @Override
    protected Stores emptyStores() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), Currency.getInstance("EUR"));
        JooqOrdersTest.withTheFixturesMenuItems(persistence);
        return new Stores(
                persistence.customers(),
                persistence.sessions(),
                persistence.orders(),
                persistence.payments(),
                persistence.linkedCards(),
                persistence.ratings(),
                persistence.courierPositions(),
                persistence.signedInReads());
    }

    @AfterEach
    void close() {
        persistence.close();
    }
}
