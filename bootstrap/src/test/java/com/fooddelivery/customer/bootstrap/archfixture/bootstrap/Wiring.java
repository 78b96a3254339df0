package com.fooddelivery.customer.bootstrap.archfixture.bootstrap;

/** The fixture's composition root. */
public class Wiring {
}
