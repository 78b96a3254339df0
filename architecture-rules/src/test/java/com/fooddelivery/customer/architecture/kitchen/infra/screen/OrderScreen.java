package com.fooddelivery.customer.architecture.kitchen.infra.screen;

import com.fooddelivery.customer.architecture.kitchen.config.KitchenConfig;
import com.fooddelivery.customer.architecture.kitchen.printing.TicketPrinter;

/** Deliberately wrong: an adapter under the pattern reaching into a named adapter and into the composition root. */
public class OrderScreen {

    TicketPrinter printer;
    KitchenConfig config;
}
