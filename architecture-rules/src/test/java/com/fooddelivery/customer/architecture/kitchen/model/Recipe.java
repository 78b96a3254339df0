package com.fooddelivery.customer.architecture.kitchen.model;

import com.fooddelivery.customer.architecture.core.Price;

/** Legitimate when the layout lets the domain use the embedded core: a dish priced in the core's type. */
public record Recipe(String name, Price price) {}
