package com.fooddelivery.customer.application.session;

import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.application.customer.ChangeProfile;
import com.fooddelivery.customer.application.customer.ShowProfile;
import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.application.wiring.TwoStepSignedInReads;
import com.fooddelivery.customer.domain.card.InMemoryLinkedCardRepository;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.FastPasswordHasher;
import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.customer.InMemoryDeviceTokens;
import com.fooddelivery.customer.domain.customer.InMemorySignInAttempts;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.event.InMemoryEventLog;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.payment.InMemoryPaymentRepository;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;
import com.fooddelivery.customer.domain.shared.MutableClock;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import com.fooddelivery.customer.domain.token.SessionPolicy;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The account use cases wired to in-memory fakes, with a clock the test controls. */
public final class AccountsFixture {

    public static final Duration LIFETIME = Duration.ofHours(8);

    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));
    public final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    public final InMemorySessionRepository sessions = new InMemorySessionRepository();
    public final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
    public final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    public final InMemoryEventLog events = new InMemoryEventLog(customers);
    public final InMemoryLinkedCardRepository linkedCards = new InMemoryLinkedCardRepository();
    public PasswordHasher hasher = new FastPasswordHasher();
    public final InMemoryDeviceTokens deviceTokens = new InMemoryDeviceTokens();

    public SignUp signUp() {
        return new SignUp(customers, hasher, unitOfWork, clock, events);
    }

    public SignIn signIn() {
        return new SignIn(
                customers,
                sessions,
                attempts,
                deviceTokens,
                hasher,
                unitOfWork,
                new SessionPolicy(LIFETIME),
                clock,
                events);
    }

    public Authenticate authenticate() {
        return new Authenticate(sessions, clock);
    }

    public SignOut signOut() {
        return new SignOut(sessions, unitOfWork, clock, events);
    }

    public ListSessions listSessions() {
        return new ListSessions(sessions, clock);
    }

    public ShowProfile showProfile() {
        return new ShowProfile(
                new TwoStepSignedInReads(
                        sessions,
                        customers,
                        new InMemoryOrderRepository(),
                        new InMemoryPaymentRepository(),
                        Optional.of(linkedCards),
                        Optional.empty(),
                        Optional.empty()),
                clock);
    }

    public ChangeProfile changeProfile() {
        return new ChangeProfile(customers, unitOfWork, clock, events, Optional.of(linkedCards));
    }

    public ChangePassword changePassword() {
        return new ChangePassword(customers, sessions, attempts, hasher, unitOfWork, clock, events);
    }

    /** Signs up Anna with the given password. */
    public Customer anna(String password) {
        return signUp().signUp(SignUp.Command.of("anna", "anna@example.org", "+4915112345678", password));
    }

    /** Signs in and checks the token, as the HTTP layer does on the next request. */
    public Caller signedIn(String login, String password) {
        return authenticate().authenticate(token(login, password).reveal());
    }

    /** Signs in and keeps the token, for the reads that check it themselves. */
    public SessionToken token(String login, String password) {
        return signIn().signIn(new SignIn.Command(login, password, "test")).token();
    }
}
