package com.example.embedding;

import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.CustomerRepositoryContract;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.customer.SignInAttemptsContract;
import com.fooddelivery.customer.domain.order.IdempotencyKeysContract;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;
import com.fooddelivery.customer.domain.payment.PaymentRepositoryContract;
import com.fooddelivery.customer.domain.token.SessionRepositoryContract;
import org.junit.jupiter.api.Nested;

/**
 * The example's adapters pass the same contract tests as the service's PostgreSQL adapters: the
 * abstract {@code *Contract} classes of {@code customer-domain}'s test jar. A team checks its own
 * adapters the same way, by extending each contract with a factory for an empty store.
 */
class AdaptersKeepThePortContractsTest {

    @Nested
    class Customers extends CustomerRepositoryContract {
        @Override
        protected CustomerRepository emptyCustomers() {
            return new MapCustomerRepository();
        }
    }

    @Nested
    class Sessions extends SessionRepositoryContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(new MapCustomerRepository(), new MapSessionRepository());
        }
    }

    @Nested
    class Attempts extends SignInAttemptsContract {
        @Override
        protected SignInAttempts emptyAttempts() {
            return new MapSignInAttempts();
        }
    }

    @Nested
    class Orders extends OrderRepositoryContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(new MapCustomerRepository(), new MapOrderRepository());
        }
    }

    @Nested
    class Keys extends IdempotencyKeysContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(new OrderRepositoryContract.Stores(new MapCustomerRepository(), new MapOrderRepository()),
                    new MapIdempotencyKeys());
        }
    }

    @Nested
    class Payments extends PaymentRepositoryContract {
        @Override
        protected Stores emptyStores() {
            return new Stores(new OrderRepositoryContract.Stores(new MapCustomerRepository(), new MapOrderRepository()),
                    new MapPaymentRepository());
        }
    }
}
