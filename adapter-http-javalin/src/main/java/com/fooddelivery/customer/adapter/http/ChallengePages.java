package com.fooddelivery.customer.adapter.http;

import java.util.Optional;

/**
 * A card processor's own 3-D Secure challenge pages, served by this service: the built-in sandbox's.
 * The HTTP adapter only serves them; bootstrap hands in the processor's, since adapters do not know
 * each other.
 */
public interface ChallengePages {

    /** Where the pages are served; the processor's redirect URLs point here. */
    String PATH = "/sandbox/3ds/";

    /**
     * The challenge page, plain HTML with a "Complete" and a "Fail" button.
     *
     * @param id the challenge
     * @return the page, or empty when there is no such challenge
     */
    Optional<String> page(String id);

    /**
     * Records the cardholder's decision.
     *
     * @param id       the challenge
     * @param complete true for "Complete", false for "Fail"
     * @return where the browser goes next, or empty when there is no such challenge
     */
    Optional<String> decide(String id, boolean complete);

    /**
     * No challenge pages, for a processor that serves its own elsewhere (Stripe): every id is unknown.
     *
     * @return pages that know no challenge
     */
    static ChallengePages none() {
        return new ChallengePages() {
            @Override
            public Optional<String> page(String id) {
                return Optional.empty();
            }

            @Override
            public Optional<String> decide(String id, boolean complete) {
                return Optional.empty();
            }
        };
    }
}
