package com.fooddelivery.customer.architecture.kitchen.usecase;

import com.fooddelivery.customer.architecture.core.Price;
import com.fooddelivery.customer.architecture.kitchen.model.Recipe;

/** Legitimate: a use case on its own domain and, through what the domain may use, the embedded core. */
public class CookDish {

    Recipe recipe;
    Price price;
}
