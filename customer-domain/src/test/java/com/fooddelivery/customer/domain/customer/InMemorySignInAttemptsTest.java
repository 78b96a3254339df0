package com.fooddelivery.customer.domain.customer;

class InMemorySignInAttemptsTest extends SignInAttemptsContract {

    @Override
    protected SignInAttempts emptyAttempts() {
        return new InMemorySignInAttempts();
    }
}
