package com.example.embedding.adapter.kitchen;

/** A harmless adapter for the deliberately broken classes to point at. */
public class KitchenTicketPrinter {
}
