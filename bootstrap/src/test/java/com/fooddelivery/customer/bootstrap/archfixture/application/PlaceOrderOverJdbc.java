package com.fooddelivery.customer.bootstrap.archfixture.application;

import java.sql.Connection;

/** Deliberately wrong: a use case holding a JDBC connection, which is JDK yet not allowed in the core. */
public class PlaceOrderOverJdbc {

    Connection connection;
}
