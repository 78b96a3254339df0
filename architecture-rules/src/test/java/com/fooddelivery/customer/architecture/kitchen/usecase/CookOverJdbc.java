package com.fooddelivery.customer.architecture.kitchen.usecase;

import javax.sql.DataSource;

/** Deliberately wrong: a use case holding a JDBC data source. */
public class CookOverJdbc {

    DataSource dataSource;
}
