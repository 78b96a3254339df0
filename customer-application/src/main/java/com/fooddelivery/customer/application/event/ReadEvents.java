package com.fooddelivery.customer.application.event;

import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.EventFeed;
import com.fooddelivery.customer.domain.event.EventSignals;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The event log for the company's other services, a page at a time. A reader that has seen everything
 * may wait, holding no thread or connection, until an event commits on any instance or its wait is over.
 */
public class ReadEvents {

    /** Events per page unless the reader asks for fewer or more. */
    public static final int DEFAULT_LIMIT = 100;
    /** Most events per page. */
    public static final int MAX_LIMIT = 1000;
    /** Longest wait a reader may ask for. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    private final EventFeed feed;
    private final EventSignals signals;

    @Inject
    public ReadEvents(EventFeed feed, EventSignals signals) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.signals = Objects.requireNonNull(signals, "signals");
    }

    /** The next page after the reader's position, at once or once something newer exists. */
    // whenComplete only closes the subscription; the caller holds the answer itself.
    @SuppressWarnings("FutureReturnValueIgnored")
    public CompletableFuture<Page> read(Query query) {
        List<RecordedEvent> now = feed.after(query.after(), query.limit(), query.types());
        if (!now.isEmpty() || query.waitFor().isZero()) {
            return CompletableFuture.completedFuture(query.page(now));
        }
        CompletableFuture<Page> answer = new CompletableFuture<>();
        Runnable look = () -> {
            if (answer.isDone()) {
                return;
            }
            try {
                List<RecordedEvent> found = feed.after(query.after(), query.limit(), query.types());
                if (!found.isEmpty()) {
                    answer.complete(query.page(found));
                }
            } catch (RuntimeException unreadable) {
                answer.completeExceptionally(unreadable);
            }
        };
        EventSignals.Subscription subscription = signals.subscribe(look);
        answer.whenComplete((page, failure) -> subscription.close());
        answer.completeOnTimeout(query.page(List.of()), query.waitFor().toMillis(), TimeUnit.MILLISECONDS);
        // An event that committed between the first read and the subscription sent its signal to no one.
        look.run();
        return answer;
    }

    /** What a reader asks for: {@code after} 0 is the beginning, no {@code types} means all. */
    public record Query(long after, int limit, Set<String> types, Duration waitFor) {

        public Query {
            types = Set.copyOf(types);
            Objects.requireNonNull(waitFor, "waitFor");
            Validator.check()
                    .require(after >= 0, "after", "must be 0 or a position the feed returned")
                    .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT)
                    .require(
                            types.stream()
                                    .allMatch(type -> type.startsWith(DomainEvent.TYPE_PREFIX) && type.length() <= 120),
                            "types",
                            "must be event types such as " + DomainEvent.TYPE_PREFIX + "order.placed.v1")
                    .require(!waitFor.isNegative() && waitFor.compareTo(MAX_WAIT) <= 0, "wait", "must be PT0S to PT60S")
                    .done();
        }

        Page page(List<RecordedEvent> events) {
            return new Page(
                    events,
                    events.isEmpty() ? after : events.get(events.size() - 1).position());
        }
    }

    /** One page; {@code nextAfter} is its last position, or the reader's own when empty. */
    public record Page(List<RecordedEvent> events, long nextAfter) {}
}
