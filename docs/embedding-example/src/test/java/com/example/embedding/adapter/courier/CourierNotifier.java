package com.example.embedding.adapter.courier;

import com.example.embedding.adapter.kitchen.KitchenTicketPrinter;
import com.example.embedding.bootstrap.KitchenWiring;

/** Deliberately broken: an adapter reaching into another adapter and into the composition root. */
public class CourierNotifier {

    KitchenTicketPrinter printer;
    KitchenWiring wiring;
}
