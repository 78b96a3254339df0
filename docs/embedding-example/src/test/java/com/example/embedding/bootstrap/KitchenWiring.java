package com.example.embedding.bootstrap;

/** A composition root for the deliberately broken adapter to depend on. */
public class KitchenWiring {
}
