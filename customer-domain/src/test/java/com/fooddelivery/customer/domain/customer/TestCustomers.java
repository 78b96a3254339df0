package com.fooddelivery.customer.domain.customer;

import java.util.UUID;

/** Test data builder for new customers: {@code aCustomer().withLogin("anna").build()}. */
public final class TestCustomers {

    private String login = "anna";
    private String email = "anna@example.org";
    private String phone = "+4915112345678";
    private String passwordHash = "$fast$v2$hash";

    private TestCustomers() {}

    public static TestCustomers aCustomer() {
        return new TestCustomers();
    }

    /** A customer whose login, email and phone are derived from {@code n}, unique per {@code n}. */
    public static TestCustomers aCustomer(int n) {
        return new TestCustomers()
                .withLogin("customer" + n)
                .withEmail("customer" + n + "@example.org")
                .withPhone("+49151" + String.format("%07d", n));
    }

    public TestCustomers withLogin(String value) {
        this.login = value;
        return this;
    }

    public TestCustomers withEmail(String value) {
        this.email = value;
        return this;
    }

    public TestCustomers withPhone(String value) {
        this.phone = value;
        return this;
    }

    public TestCustomers withPasswordHash(String value) {
        this.passwordHash = value;
        return this;
    }

    public NewCustomer build() {
        return new NewCustomer(
                UUID.randomUUID(), new Login(login), new Email(email), new PhoneNumber(phone), passwordHash);
    }
}
