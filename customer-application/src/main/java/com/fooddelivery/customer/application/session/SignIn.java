package com.fooddelivery.customer.application.session;

import com.fooddelivery.customer.domain.customer.Credentials;
import com.fooddelivery.customer.domain.customer.CustomerRepository;
import com.fooddelivery.customer.domain.customer.DeviceTokens;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.customer.PasswordPolicy;
import com.fooddelivery.customer.domain.customer.SignInAttempts;
import com.fooddelivery.customer.domain.customer.SignInThrottle;
import com.fooddelivery.customer.domain.event.AccountEvent.SessionStarted;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.ThrottledException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SessionToken;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a session for a customer who proves the password; a wrong login and a wrong password fail
 * alike, in about the same time. Attempts count per device token, else per account, so guessing from
 * unknown clients locks out unknown clients only ({@link DeviceTokens}).
 */
public class SignIn {

    private final CustomerRepository customers;
    private final SessionRepository sessions;
    private final SignInAttempts attempts;
    private final DeviceTokens deviceTokens;
    private final PasswordHasher hasher;
    private final UnitOfWork unitOfWork;
    private final SessionPolicy policy;
    private final Clock clock;
    private final EventLog events;
    private final SecureRandom random = new SecureRandom();
    // An unknown login costs a full hash too; made lazily, as a fresh JVM's first hash takes most of a second.
    private volatile String decoyHash;

    @Inject
    public SignIn(
            CustomerRepository customers,
            SessionRepository sessions,
            SignInAttempts attempts,
            DeviceTokens deviceTokens,
            PasswordHasher hasher,
            UnitOfWork unitOfWork,
            SessionPolicy policy,
            Clock clock,
            EventLog events) {
        this.customers = Objects.requireNonNull(customers, "customers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.deviceTokens = Objects.requireNonNull(deviceTokens, "deviceTokens");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null) {
            synchronized (this) {
                if (decoyHash == null) {
                    decoyHash = hasher.hash("decoy password that no customer has");
                }
                decoy = decoyHash;
            }
        }
        return decoy;
    }

    /**
     * Checks the credentials and opens a session.
     *
     * @throws ThrottledException      when too many attempts failed recently from this device or tokenless clients
     * @throws AuthenticationException when no customer has this login, email or phone, or the password is wrong
     */
    public Result signIn(Command command) {
        Instant now = clock.instant();
        Optional<Credentials> credentials = customers.credentialsFor(command.login());
        String throttleKey = throttleKey(command, credentials);
        SignInThrottle.claim(attempts, throttleKey, now);

        // The slow hash runs outside any transaction, so sign-in storms do not hold connections.
        boolean matches;
        if (credentials.isPresent()) {
            matches = hasher.matches(command.password(), credentials.get().passwordHash());
        } else {
            hasher.matches(command.password(), decoyHash());
            matches = false;
        }
        if (!matches) {
            throw new AuthenticationException("sign-in refused");
        }

        Credentials customer = credentials.get();
        String upgradedHash = hasher.needsRehash(customer.passwordHash()) ? hasher.hash(command.password()) : null;
        SessionToken token = SessionToken.generate(random);
        Session session = unitOfWork.inTransaction(() -> {
            attempts.clear(throttleKey);
            if (upgradedHash != null) {
                customers.changePasswordHash(customer.customerId(), upgradedHash);
            }
            Session started = sessions.add(new NewSession(
                    customer.customerId(), token.digest(), now, now.plus(policy.lifetime()), command.client()));
            events.append(new SessionStarted(started.customerId(), started.id(), started.end(), started.begin()));
            return started;
        });
        return new Result(token, session, deviceTokens.issue(customer.customerId()));
    }

    /** The device's own key when the attempt carries a genuine device token of this customer's. */
    private String throttleKey(Command command, Optional<Credentials> credentials) {
        if (credentials.isEmpty()) {
            return "unknown:" + command.login().strip().toLowerCase(Locale.ROOT);
        }
        Credentials customer = credentials.get();
        return command.deviceToken()
                .flatMap(token -> deviceTokens.throttleKey(token, customer.customerId()))
                .orElseGet(() -> SignInThrottle.accountKey(customer.customerId()));
    }

    /** A sign-in attempt; {@code client} names the app or browser, empty if unknown. */
    public record Command(String login, String password, String client, Optional<String> deviceToken) {

        /** A password of plausible length only, so a huge body is refused before hashing. */
        public Command {
            Validator.check()
                    .text(login, "login", 1, 254)
                    .require(password != null && !password.isEmpty(), "password", "is required")
                    .require(
                            password == null || password.length() <= 4 * PasswordPolicy.MAX_LENGTH,
                            "password",
                            "is too long")
                    .done();
            client = client == null ? "" : client;
            deviceToken = deviceToken == null ? Optional.empty() : deviceToken.filter(token -> !token.isEmpty());
        }

        /** An attempt from a client without a device token. */
        public Command(String login, String password, String client) {
            this(login, password, client, Optional.empty());
        }

        @Override
        public String toString() {
            return "SignIn.Command[login=" + login + ", password=redacted, deviceToken=redacted]";
        }
    }

    /** An open session, its token and the device's token for its next sign-in: secrets stored nowhere else. */
    public record Result(SessionToken token, Session session, String deviceToken) {

        @Override
        public String toString() {
            return "SignIn.Result[session=" + session + ", tokens=redacted]";
        }
    }
}
