package com.fooddelivery.customer.application.customer;

import com.fooddelivery.customer.domain.customer.Credentials;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.PasswordPolicy;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.customer.SignInThrottle;
import com.fooddelivery.customer.domain.event.AccountEvent.PasswordChanged;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.SessionRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Replaces a customer's password on proof of the current one and signs out every other device, since
 * a leaked password must lock out whoever used it. The check counts as a sign-in attempt, so a stolen
 * token cannot guess the password online.
 */
public class ChangePassword {

    private final CustomerRepository customers;
    private final SessionRepository sessions;
    private final SignInAttempts attempts;
    private final PasswordHasher hasher;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final EventLog events;

    @Inject
    public ChangePassword(
            CustomerRepository customers,
            SessionRepository sessions,
            SignInAttempts attempts,
            PasswordHasher hasher,
            UnitOfWork unitOfWork,
            Clock clock,
            EventLog events) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Changes the password.
     *
     * @throws ValidationException naming {@code currentPassword} when it is wrong
     * @throws AuthenticationException when this wrong password used up the free failures: the session is ended
     */
    public void change(Command command) {
        Credentials credentials = customers
                .credentialsOf(command.caller().customerId())
                .orElseThrow(() -> new AuthenticationException("the caller's account no longer exists"));
        Instant now = clock.instant();
        String throttleKey = SignInThrottle.accountKey(credentials.customerId());
        SignInAttempts.FailedAttempts claimed = SignInThrottle.claim(attempts, throttleKey, now);
        if (!hasher.matches(command.currentPassword(), credentials.passwordHash())) {
            refuse(command.caller(), claimed, now);
        }
        String newHash = hasher.hash(command.newPassword());
        unitOfWork.inTransaction(() -> {
            attempts.clear(throttleKey);
            customers.changePasswordHash(credentials.customerId(), newHash);
            sessions.endAllOtherThan(credentials.customerId(), command.caller().sessionId(), clock.instant());
            events.append(new PasswordChanged(
                    credentials.customerId(), command.caller().sessionId(), clock.instant()));
            return null;
        });
    }

    private void refuse(Caller caller, SignInAttempts.FailedAttempts claimed, Instant now) {
        if (claimed.failures() >= SignInThrottle.FREE_FAILURES) {
            unitOfWork.inTransaction(() -> sessions.end(caller.customerId(), caller.sessionId(), now));
            throw new AuthenticationException("too many wrong current passwords; the session was ended");
        }
        throw ValidationException.of("currentPassword", "is not the current password");
    }

    /** A password change. */
    public record Command(Caller caller, String currentPassword, String newPassword) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            if (currentPassword == null || currentPassword.isEmpty()) {
                throw ValidationException.of("currentPassword", "is required");
            }
            PasswordPolicy.check(newPassword, "newPassword");
        }

        @Override
        public String toString() {
            return "ChangePassword.Command[caller=" + caller + ", passwords=redacted]";
        }
    }
}
