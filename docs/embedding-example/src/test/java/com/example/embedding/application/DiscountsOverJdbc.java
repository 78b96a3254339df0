package com.example.embedding.application;

import java.sql.Connection;

/** Deliberately broken: a use case holding a JDBC connection instead of a port. */
public class DiscountsOverJdbc {

    Connection connection;
}
