package com.fooddelivery.customer.architecture.kitchen.model;

import com.fooddelivery.customer.architecture.kitchen.printing.TicketPrinter;
import org.slf4j.Logger;

/** Deliberately wrong: a domain class that logs through a library and prints through an adapter. */
public class ChattyDish {

    Logger logger;
    TicketPrinter printer;
}
