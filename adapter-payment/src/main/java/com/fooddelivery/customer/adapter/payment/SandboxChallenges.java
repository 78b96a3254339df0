package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's 3-D Secure challenges: the page the customer's browser is sent to (plain HTML with a
 * "Complete" and a "Fail" button, like Stripe's test page), and the cardholder's decision, which
 * {@link SandboxCardProcessor#outcomeOf} reports.
 *
 * <p>Challenges live in this instance's memory: that is the sandbox's limit. Behind several
 * instances the challenge page, its decision and the customer's {@code complete} must reach the
 * same instance (or use a real processor's test mode); a restart forgets open challenges, whose
 * payments the unpaid-order timeout then cancels.
 */
public final class SandboxChallenges {

    /** Where the sandbox serves its challenges, relative to the service's own address. */
    public static final String PATH = "/sandbox/3ds/";

    private final Optional<String> returnUrl;
    private final Map<String, Challenge> open = new ConcurrentHashMap<>();

    /**
     * @param returnUrl where the browser goes once the cardholder decided, with
     *                  {@code payment_reference=<our reference>} added; without one, back to the challenge page,
     *                  which then shows the decision
     */
    public SandboxChallenges(Optional<String> returnUrl) {
        this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
    }

    /** What the cardholder decided, once they did. */
    private enum Decision {
        OPEN,
        COMPLETED,
        FAILED,
        CANCELLED
    }

    private record Challenge(
            PaymentReference reference, String hold, CardSummary card, boolean declineAfter, Decision decision) {
        Challenge decided(Decision next) {
            return new Challenge(reference, hold, card, declineAfter, next);
        }
    }

    /** Opens a challenge, or finds the one this id already opened (a retried authorisation). */
    CardProcessor.RequiresAction open(
            String id, String hold, PaymentReference reference, CardSummary card, boolean declineAfter) {
        open.putIfAbsent(id, new Challenge(reference, hold, card, declineAfter, Decision.OPEN));
        return new CardProcessor.RequiresAction(id, PATH + id);
    }

    /** The outcome of the challenge {@code id}, as {@link CardProcessor#outcomeOf} reports it. */
    CardProcessor.Outcome outcomeOf(String id) {
        Challenge challenge = open.get(id);
        if (challenge == null) {
            return new CardProcessor.Declined("no_such_payment");
        }
        return switch (challenge.decision()) {
            case OPEN -> new CardProcessor.RequiresAction(id, PATH + id);
            case FAILED -> new CardProcessor.Declined("authentication_failed");
            case CANCELLED -> new CardProcessor.Declined("canceled");
            case COMPLETED ->
                challenge.declineAfter()
                        ? new CardProcessor.Declined("card_declined")
                        : new CardProcessor.Approved(challenge.hold(), Optional.of(challenge.card()));
        };
    }

    /** Gives up an open challenge (the order was cancelled); false when there is no such challenge. */
    boolean cancel(String id) {
        return open.computeIfPresent(
                        id,
                        (key, challenge) -> challenge.decision() == Decision.OPEN
                                ? challenge.decided(Decision.CANCELLED)
                                : challenge)
                != null;
    }

    /**
     * The challenge page.
     *
     * @param id the challenge, from the redirect URL
     * @return plain HTML, or empty when there is no such challenge
     */
    public Optional<String> page(String id) {
        Challenge challenge = open.get(id);
        if (challenge == null) {
            return Optional.empty();
        }
        String body = challenge.decision() == Decision.OPEN
                ? "<p>Confirm the payment of order payment " + challenge.reference() + " with the "
                        + challenge.card().brand() + " card ending in "
                        + challenge.card().last4() + ".</p>\n"
                        + "<form method=\"post\"><button id=\"complete\" name=\"decision\" value=\"complete\">Complete"
                        + "</button> <button id=\"fail\" name=\"decision\" value=\"fail\">Fail</button></form>\n"
                : "<p id=\"decision\">" + challenge.decision() + "</p><p>Return to the app.</p>\n";
        return Optional.of("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>3-D Secure test page (sandbox)</title></head><body>\n<h1>3-D Secure test page</h1>\n"
                + body + "</body></html>\n");
    }

    /**
     * Records the cardholder's decision; a challenge decided already keeps its first decision.
     *
     * @param id       the challenge
     * @param complete true for "Complete", false for "Fail"
     * @return where to send the browser next, or empty when there is no such challenge
     */
    public Optional<String> decide(String id, boolean complete) {
        Challenge decided = open.computeIfPresent(
                id,
                (key, challenge) -> challenge.decision() == Decision.OPEN
                        ? challenge.decided(complete ? Decision.COMPLETED : Decision.FAILED)
                        : challenge);
        if (decided == null) {
            return Optional.empty();
        }
        return Optional.of(returnUrl
                .map(url -> url + (url.contains("?") ? "&" : "?") + "payment_reference="
                        + URLEncoder.encode(decided.reference().value(), StandardCharsets.UTF_8))
                .orElse(PATH + id));
    }
}
