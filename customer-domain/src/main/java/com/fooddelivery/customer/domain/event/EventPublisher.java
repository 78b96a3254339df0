package com.fooddelivery.customer.domain.event;

import java.util.List;

/** Hands recorded events to the company's message broker. */
public interface EventPublisher {

    /** Publishes the events in their order per subject; PublishingFailedException unless all were taken. */
    void publish(List<RecordedEvent> events);

    /** The broker did not confirm a batch; the caller retries later. */
    final class PublishingFailedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public PublishingFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
