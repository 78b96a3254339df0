package com.fooddelivery.customer.architecture.kitchen.printing;

/** A harmless adapter in a flat package of its own, named in the kitchen's layout. */
public class TicketPrinter {}
