package com.fooddelivery.customer.domain.event;

/** Lets one instance at a time publish the log, so events go out in order; a dead holder's lease frees itself. */
public interface RelayLease {

    /** Takes the lease if no live instance holds it, or confirms this instance still does. */
    boolean hold();

    /** Gives the lease up, for another instance to take. */
    void release();
}
