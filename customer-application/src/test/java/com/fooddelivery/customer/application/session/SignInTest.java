package com.fooddelivery.customer.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.FastPasswordHasher;
import com.fooddelivery.customer.domain.customer.PasswordHasher;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.ThrottledException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Signing in, the token check, and signing out. */
class SignInTest {

    private static final String PASSWORD = "correct horse battery";

    private final AccountsFixture accounts = new AccountsFixture();

    @Test
    void aCorrectPasswordOpensASessionWhoseTokenIdentifiesTheCustomer() {
        Customer anna = accounts.anna(PASSWORD);

        SignIn.Result result = accounts.signIn().signIn(new SignIn.Command("anna", PASSWORD, "app/1.0"));

        assertThat(result.session().end()).isEqualTo(accounts.clock.instant().plus(AccountsFixture.LIFETIME));
        Caller caller = accounts.authenticate().authenticate(result.token().reveal());
        assertThat(caller.customerId()).isEqualTo(anna.id());
        assertThat(caller.sessionId()).isEqualTo(result.session().id());
    }

    @Test
    void emailAndPhoneWorkAsLoginToo() {
        accounts.anna(PASSWORD);

        assertThat(accounts.signedIn("ANNA@example.org", PASSWORD)).isNotNull();
        assertThat(accounts.signedIn("+49 151 12345678", PASSWORD)).isNotNull();
    }

    @Test
    void aWrongPasswordAndAnUnknownLoginFailAlike() {
        accounts.anna(PASSWORD);
        SignIn signIn = accounts.signIn();

        Throwable wrongPassword = catchThrowable(() -> signIn.signIn(new SignIn.Command("anna", "wrong password", "")));
        Throwable unknownLogin = catchThrowable(() -> signIn.signIn(new SignIn.Command("nobody", PASSWORD, "")));

        assertThat(wrongPassword).isInstanceOf(AuthenticationException.class);
        assertThat(unknownLogin).isInstanceOf(AuthenticationException.class).hasMessage(wrongPassword.getMessage());
    }

    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        accounts.anna(PASSWORD);
        SignIn signIn = accounts.signIn();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.signIn(new SignIn.Command("anna", "guess", "")))
                    .isInstanceOf(AuthenticationException.class);
        }

        assertThatThrownBy(() -> signIn.signIn(new SignIn.Command("ANNA@example.org", PASSWORD, "")))
                .isInstanceOfSatisfying(
                        ThrottledException.class,
                        throttled -> assertThat(throttled.retryAfter())
                                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(31)));

        accounts.clock.advance(Duration.ofSeconds(30));
        assertThat(signIn.signIn(new SignIn.Command("anna", PASSWORD, ""))).isNotNull();
        assertThat(accounts.attempts.of("customer:1"))
                .as("success forgets the failures")
                .isEmpty();
    }

    @Test
    void anOutdatedHashIsUpgradedOnSignIn() {
        accounts.hasher = new FastPasswordHasher("v1");
        Customer anna = accounts.anna(PASSWORD);
        accounts.hasher = new FastPasswordHasher("v2");

        accounts.signIn().signIn(new SignIn.Command("anna", PASSWORD, ""));

        assertThat(accounts.customers.credentialsOf(anna.id()).orElseThrow().passwordHash())
                .startsWith("$fast$v2$");
    }

    @Test
    void aTokenExpiresExactlyAtTheEndOfItsLifetime() {
        accounts.anna(PASSWORD);
        String token = accounts.signIn()
                .signIn(new SignIn.Command("anna", PASSWORD, ""))
                .token()
                .reveal();

        accounts.clock.advance(AccountsFixture.LIFETIME.minusNanos(1_000));
        assertThat(accounts.authenticate().authenticate(token)).isNotNull();
        accounts.clock.advance(Duration.ofNanos(1_000));
        assertThatThrownBy(() -> accounts.authenticate().authenticate(token))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void aSignedOutTokenIsDeadAtOnce() {
        accounts.anna(PASSWORD);
        String token = accounts.signIn()
                .signIn(new SignIn.Command("anna", PASSWORD, ""))
                .token()
                .reveal();
        Caller caller = accounts.authenticate().authenticate(token);

        accounts.signOut().signOut(caller);

        assertThatThrownBy(() -> accounts.authenticate().authenticate(token))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void theTokenOfADeletedCustomerOpensNothing() {
        Customer anna = accounts.anna(PASSWORD);
        String token = accounts.signIn()
                .signIn(new SignIn.Command("anna", PASSWORD, ""))
                .token()
                .reveal();

        accounts.customers.delete(anna.id());
        accounts.sessions.deleteAllOf(anna.id());

        assertThatThrownBy(() -> accounts.authenticate().authenticate(token))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void garbageIsNoToken() {
        for (String garbage : new String[] {null, "", "Bearer", "x".repeat(43), "' or 1=1 --"}) {
            assertThatThrownBy(() -> accounts.authenticate().authenticate(garbage))
                    .isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void aSignInNeedsALoginAndAPassword() {
        assertThatThrownBy(() -> new SignIn.Command(" ", "", null))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors()).hasSize(2));
    }

    @Test
    void theCommandNeverPrintsThePassword() {
        assertThat(new SignIn.Command("anna", PASSWORD, "").toString()).doesNotContain(PASSWORD);
    }

    @Test
    void aSignInWithACurrentHashComputesOneHashOnly() {
        accounts.anna(PASSWORD);
        CountingHasher hasher = new CountingHasher(accounts.hasher);
        accounts.hasher = hasher;

        accounts.signIn().signIn(new SignIn.Command("anna", PASSWORD, ""));

        assertThat(hasher.verifications).as("verifications").isEqualTo(1);
        assertThat(hasher.newHashes).as("new hashes (a rehash)").isZero();
    }

    @Test
    void anUnknownLoginCostsOneVerificationLikeAKnownOne() {
        CountingHasher hasher = new CountingHasher(accounts.hasher);
        accounts.hasher = hasher;
        SignIn signIn = accounts.signIn();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn.signIn(new SignIn.Command("nobody", PASSWORD, "")))
                    .isInstanceOf(AuthenticationException.class);
        }

        assertThat(hasher.verifications).as("verifications").isEqualTo(3);
        assertThat(hasher.newHashes).as("the decoy, made once").isEqualTo(1);
    }

    /** Counts the hashes a use case asks for: each costs a core tens of milliseconds with Argon2id. */
    private static final class CountingHasher implements PasswordHasher {

        private final PasswordHasher hasher;
        private int verifications;
        private int newHashes;

        CountingHasher(PasswordHasher hasher) {
            this.hasher = hasher;
        }

        @Override
        public String hash(String password) {
            newHashes++;
            return hasher.hash(password);
        }

        @Override
        public boolean matches(String password, String hash) {
            verifications++;
            return hasher.matches(password, hash);
        }

        @Override
        public boolean needsRehash(String hash) {
            return hasher.needsRehash(hash);
        }
    }
}
