package com.fooddelivery.customer.bootstrap.archfixture.application;

import org.slf4j.Logger;

/** Deliberately wrong: a use case depending on a library other than jakarta.inject. */
public class NotifyKitchenBySlf4j {

    Logger logger;
}
