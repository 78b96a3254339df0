package com.fooddelivery.customer.architecture.core;

/** Stands for the embedded product's domain, which the kitchen fixture's own domain builds on. */
public record Price(long cents) {}
