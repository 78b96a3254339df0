package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.UnitOfWorkContract;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;

/** The database transaction held to the {@link UnitOfWork} contract on the embedded PostgreSQL. */
class JooqUnitOfWorkTest extends UnitOfWorkContract {

    private PostgresPersistence persistence;

    @Override
    protected UnitOfWork unitOfWork() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), Currency.getInstance("EUR"));
        return persistence.unitOfWork();
    }

    @Override
    protected MenuManagement menu() {
        return persistence.menu();
    }

    @AfterEach
    void close() {
        persistence.close();
    }
}
