package com.fooddelivery.customer.bootstrap;

/** A setting is missing or wrong; the message names it and is fit to print as the one line an operator sees. */
public final class ConfigurationException extends RuntimeException {

    ConfigurationException(String message) {
        super(message);
    }
}
