package com.fooddelivery.customer.domain.event;

/**
 * Lets one instance at a time publish the log, so events go out once and in order in the normal case.
 * The holder keeps the lease while it lives; when it dies, the lease frees itself and another
 * instance takes it over.
 */
public interface RelayLease {

    /**
     * Takes the lease if no live instance holds it, or confirms this instance still does.
     *
     * @return whether this instance holds it now
     */
    boolean hold();

    /** Gives the lease up, for another instance to take. */
    void release();
}
