package com.fooddelivery.customer.adapter.persistence;

/**
 * The three connections of this instance that live outside the pool, each opened on first use: one that
 * listens for commits with events, one that announces this instance's, and one that holds the relay's lease.
 */
final class ListeningConnections implements AutoCloseable {

    private final DatabaseSettings settings;
    private final EventAnnouncer announcer;
    private PgEventSignals signals;
    private PgRelayLease lease;

    ListeningConnections(DatabaseSettings settings) {
        this.settings = settings;
        this.announcer = new EventAnnouncer(settings);
    }

    /** Connects when the first commit with events is announced. */
    EventAnnouncer announcer() {
        return announcer;
    }

    synchronized PgEventSignals signals() {
        if (signals == null) {
            signals = new PgEventSignals(settings);
        }
        return signals;
    }

    synchronized PgRelayLease lease() {
        if (lease == null) {
            lease = new PgRelayLease(settings);
        }
        return lease;
    }

    @Override
    public synchronized void close() {
        announcer.close();
        if (signals != null) {
            signals.close();
        }
        if (lease != null) {
            lease.close();
        }
    }
}
