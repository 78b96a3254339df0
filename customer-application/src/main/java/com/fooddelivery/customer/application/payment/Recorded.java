package com.fooddelivery.customer.application.payment;

import java.util.Optional;

/**
 * What one of {@link PayOrder}'s transactions recorded, and the release of a hold to answer with once
 * it is committed (the release is recorded, not rolled back, even though the request fails).
 *
 * @param release the release of a hold whose order was cancelled meanwhile, if there was one
 */
record Recorded(PayOrder.Result result, Optional<HoldRelease.Release> release) {

    /** The answer to give after the commit: the result, or the release's failure. */
    PayOrder.Result answer() {
        release.ifPresent(done -> {
            throw done.answer();
        });
        return result;
    }
}
