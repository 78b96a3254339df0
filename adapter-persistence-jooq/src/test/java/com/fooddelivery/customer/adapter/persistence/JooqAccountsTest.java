package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.card.LinkedCardRepositoryContract;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.CustomerRepositoryContract;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.customer.SignInAttemptsContract;
import com.fooddelivery.customer.domain.token.SessionRepositoryContract;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The account ports' contracts on PostgreSQL, each test on a fresh database. */
class JooqAccountsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private PostgresPersistence persistence;

    private PostgresPersistence fresh() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), EUR);
        return persistence;
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Nested
    class Customers extends CustomerRepositoryContract {
        @Override
        protected CustomerRepository emptyCustomers() {
            return fresh().customers();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.sessions());
        }
    }

    @Nested
    class LinkedCards extends LinkedCardRepositoryContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.linkedCards());
        }
    }

    @Nested
    class Attempts extends SignInAttemptsContract {
        @Override
        protected SignInAttempts emptyAttempts() {
            return fresh().signInAttempts();
        }
    }
}
