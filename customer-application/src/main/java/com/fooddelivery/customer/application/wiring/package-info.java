/**
 * The one published wiring: CustomerCore builds every use case of the other packages from a CorePorts record
 * and CorePolicies (each policy with a default). Use cases come in named groups ({@code AccountUseCases},
 * {@code MenuUseCases}, {@code OrderUseCases}, {@code PaymentUseCases}, {@code CardUseCases},
 * {@code TrackingUseCases}, {@code InsightUseCases}, {@code EventUseCases}), and CorePorts holds its ports in
 * matching records ({@code AccountPorts}, {@code MenuPorts}, {@code OrderPorts}, {@code PaymentPorts},
 * {@code InsightPorts}, {@code FeedPorts}); CorePortsBuilder takes them one by one. Ports marked Optional switch
 * features on; a use case whose port is absent is not built.
 */
package com.fooddelivery.customer.application.wiring;
