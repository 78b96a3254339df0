/**
 * How a team embeds the customer core: one small in-memory implementation of each outgoing port of
 * {@code customer-domain}, and {@link com.example.embedding.EmbeddedCustomerCore}, which hands them
 * to the factory {@code customer-application} publishes ({@code CustomerCore}). A team replaces each
 * adapter with its own (its database, its card processor) and checks it with the port contract tests
 * from {@code customer-domain}'s test jar.
 */
package com.example.embedding;
