package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.order.CourierPositionsContract;
import com.fooddelivery.customer.domain.order.IdempotencyKeysContract;
import com.fooddelivery.customer.domain.order.OrderHistoryContract;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;
import com.fooddelivery.customer.domain.order.PlacementReadsContract;
import com.fooddelivery.customer.domain.payment.PaymentRepositoryContract;
import com.fooddelivery.customer.domain.rating.OrderRatingsContract;
import com.fooddelivery.customer.domain.rating.RestaurantRatingsContract;
import com.fooddelivery.customer.domain.report.ReportMailJobsContract;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The order, key, placement reads, history, courier position, rating, report mail and payment ports' contracts on PostgreSQL, each test on a fresh database with two menu items. */
class JooqOrdersTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    private PostgresPersistence persistence;

    private PostgresPersistence fresh() {
        persistence = PostgresPersistence.start(TestPostgres.freshDatabase(), EUR);
        withTheFixturesMenuItems(persistence);
        return persistence;
    }

    /** The order fixtures' lines name menu items 1 and 2, which the foreign keys require. */
    static void withTheFixturesMenuItems(PostgresPersistence persistence) {
        var category = persistence.menu().add(new NewCategory("Pizza", "", Optional.empty()));
        persistence
                .menu()
                .add(new NewMenuItem(category.id(), "Margherita", "", Money.of("8.50", EUR), Optional.empty()));
        persistence.menu().add(new NewMenuItem(category.id(), "Cola", "", Money.of("2.20", EUR), Optional.empty()));
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Nested
    class Orders extends OrderRepositoryContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.orders());
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(new OrderRepositoryContract.Stores(db.customers(), db.orders()), db.idempotencyKeys());
        }
    }

    @Nested
    class Placement extends PlacementReadsContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(
                    new OrderRepositoryContract.Stores(db.customers(), db.orders()),
                    db.sessions(),
                    db.idempotencyKeys(),
                    db.menu(),
                    db.placementReads());
        }
    }

    @Nested
    class Payments extends PaymentRepositoryContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(new OrderRepositoryContract.Stores(db.customers(), db.orders()), db.payments());
        }
    }

    @Nested
    class History extends OrderHistoryContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.orders(), db.orderHistory());
        }
    }

    @Nested
    class Ratings extends OrderRatingsContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(new OrderRepositoryContract.Stores(db.customers(), db.orders()), db.ratings());
        }
    }

    @Nested
    class RestaurantStars extends RestaurantRatingsContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(
                    new OrderRepositoryContract.Stores(db.customers(), db.orders()), db.ratings(), db.ratings());
        }
    }

    @Nested
    class ReportMails extends ReportMailJobsContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(db.customers(), db.reportMails());
        }
    }

    @Nested
    class Couriers extends CourierPositionsContract {
        @Override
        protected Stores emptyStores() {
            PostgresPersistence db = fresh();
            return new Stores(new OrderRepositoryContract.Stores(db.customers(), db.orders()), db.courierPositions());
        }
    }
}
