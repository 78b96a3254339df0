package com.fooddelivery.customer.application.customer;

import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.token.OwnAccount;
import com.fooddelivery.customer.domain.token.SessionToken;
import com.fooddelivery.customer.domain.token.SignedIn;
import com.fooddelivery.customer.domain.token.SignedInReads;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;

/**
 * Shows signed-in customers their own account. The token is checked in the same read as the account
 * (decision 0012), so an ended session gets nothing, whichever instance ended it.
 */
public class ShowProfile {

    private final SignedInReads reads;
    private final Clock clock;

    @Inject
    public ShowProfile(SignedInReads reads, Clock clock) {
        this.reads = Objects.requireNonNull(reads, "reads");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The account of the token's customer.
     *
     * @throws AuthenticationException when the session is unknown, expired or ended, or the account is gone
     */
    public SignedIn<OwnAccount> show(SessionToken token) {
        return reads.account(token.digest(), clock.instant())
                .orElseThrow(() -> new AuthenticationException("unknown, expired or revoked token"));
    }
}
