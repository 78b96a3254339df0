package com.fooddelivery.customer.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.ThrottledException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Guessing a password: per device or per account at sign-in, and through a password change. */
class GuessingTest {

    private static final String PASSWORD = "correct horse battery";

    private final AccountsFixture accounts = new AccountsFixture();

    @Test
    void aKnownDeviceSignsInWhileTheAccountIsLockedForOthers() {
        accounts.anna(PASSWORD);
        SignIn signIn = accounts.signIn();
        String device =
                signIn.signIn(new SignIn.Command("anna", PASSWORD, "phone")).deviceToken();
        for (int i = 0; i < 5; i++) {
            int guess = i;
            assertThatThrownBy(() -> signIn.signIn(new SignIn.Command("anna", "guess " + guess, "bot")))
                    .isInstanceOf(AuthenticationException.class);
        }

        assertThatThrownBy(() -> signIn.signIn(new SignIn.Command("anna", PASSWORD, "bot")))
                .isInstanceOf(ThrottledException.class);
        assertThat(signIn.signIn(new SignIn.Command("anna", PASSWORD, "phone", Optional.of(device)))
                        .session())
                .isNotNull();
    }

    @Test
    void aDeviceTokenNeverShowsInTheCommandOrResultText() {
        accounts.anna(PASSWORD);
        SignIn.Result result = accounts.signIn().signIn(new SignIn.Command("anna", PASSWORD, "phone"));

        assertThat(result.toString())
                .doesNotContain(result.deviceToken())
                .doesNotContain(result.token().reveal());
        assertThat(new SignIn.Command("anna", PASSWORD, "phone", Optional.of(result.deviceToken())).toString())
                .doesNotContain(result.deviceToken());
    }

    @Test
    void theFifthWrongCurrentPasswordEndsTheSessionAndTheAccountWaits() {
        accounts.anna(PASSWORD);
        Caller caller = accounts.signedIn("anna", PASSWORD);
        ChangePassword change = accounts.changePassword();
        for (int i = 0; i < 4; i++) {
            int guess = i;
            assertThatThrownBy(() ->
                            change.change(new ChangePassword.Command(caller, "guess " + guess, "a new good secret")))
                    .isInstanceOf(ValidationException.class);
        }

        assertThatThrownBy(() -> change.change(new ChangePassword.Command(caller, "guess 4", "a new good secret")))
                .isInstanceOf(AuthenticationException.class);
        assertThat(accounts.sessions.validOf(caller.customerId(), accounts.clock.instant()))
                .isEmpty();
        assertThatThrownBy(() -> change.change(new ChangePassword.Command(caller, PASSWORD, "a new good secret")))
                .isInstanceOf(ThrottledException.class);
    }

    @Test
    void theRightCurrentPasswordRefundsTheCheck() {
        accounts.anna(PASSWORD);
        Caller caller = accounts.signedIn("anna", PASSWORD);
        for (int i = 0; i < 4; i++) {
            int guess = i;
            assertThatThrownBy(() -> accounts.changePassword()
                            .change(new ChangePassword.Command(caller, "guess " + guess, "a new good secret")))
                    .isInstanceOf(ValidationException.class);
        }

        accounts.changePassword().change(new ChangePassword.Command(caller, PASSWORD, "a new good secret"));

        assertThat(accounts.attempts.of("customer:" + caller.customerId().value()))
                .isEmpty();
    }
}
