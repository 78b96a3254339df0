/**
 * How a team embeds the customer core: one small in-memory implementation of each outgoing port of
 * {@code customer-domain}, and {@link com.example.embedding.EmbeddedCustomerCore}, which wires the
 * use cases of {@code customer-application} to them with plain {@code new}. A team replaces each
 * adapter with its own (its database, its card processor) and checks it with the port contract tests
 * from {@code customer-domain}'s test jar.
 */
package com.example.embedding;
