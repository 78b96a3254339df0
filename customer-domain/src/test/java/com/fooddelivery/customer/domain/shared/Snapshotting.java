package com.fooddelivery.customer.domain.shared;

/** An in-memory store that a {@link RollingBackUnitOfWork} can put back as it was. */
public interface Snapshotting {

    /**
     * Remembers the store as it is now.
     *
     * @return puts the store back as it was when this was called
     */
    Runnable snapshot();
}
