package com.example.embedding.domain;

import com.example.embedding.adapter.kitchen.KitchenTicketPrinter;
import java.net.http.HttpClient;

/** Deliberately broken: a domain class calling out over HTTP and holding an adapter. */
public class DiscountFromTheWarehouse {

    HttpClient warehouse;
    KitchenTicketPrinter printer;
}
