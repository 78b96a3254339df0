package com.fooddelivery.customer.architecture.kitchen.config;

/** The kitchen fixture's composition root. */
public class KitchenConfig {}
