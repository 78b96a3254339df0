/**
 * The one published wiring: CustomerCore builds every use case of the other packages from a CorePorts record
 * and CorePolicies (each policy with a default). Ports marked Optional there switch features on; a use
 * case whose port is absent is not built.
 */
package com.fooddelivery.customer.application.wiring;
