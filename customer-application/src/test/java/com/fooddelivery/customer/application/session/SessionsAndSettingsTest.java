package com.fooddelivery.customer.application.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fooddelivery.customer.application.customer.ChangePassword;
import com.fooddelivery.customer.application.customer.ChangeProfile;
import com.fooddelivery.customer.application.customer.FieldUpdate;
import com.fooddelivery.customer.application.customer.SignUp;
import com.fooddelivery.customer.domain.card.LinkedCard;
import com.fooddelivery.customer.domain.card.NewLinkedCard;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.event.AccountEvent.DefaultCardChanged;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.DuplicateException;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.Caller;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signing up, devices, settings and the password of a signed-in customer. */
class SessionsAndSettingsTest {

    private static final String PASSWORD = "correct horse battery";

    private final AccountsFixture accounts = new AccountsFixture();

    @Test
    void signUpReportsEveryInvalidFieldAtOnce() {
        assertThatThrownBy(() -> SignUp.Command.of("a", "not-an-email", "12", "password"))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("login", "email", "phoneNumber", "password"));
    }

    @Test
    void signUpStoresOnlyAHashOfThePassword() {
        Customer anna = accounts.anna(PASSWORD);

        assertThat(accounts.customers.credentialsOf(anna.id()).orElseThrow().passwordHash())
                .isNotEqualTo(PASSWORD)
                .doesNotContain(PASSWORD);
    }

    @Test
    void aTakenLoginIsNamed() {
        accounts.anna(PASSWORD);

        assertThatThrownBy(() -> accounts.signUp()
                        .signUp(SignUp.Command.of("Anna", "other@example.org", "+4930123456", PASSWORD)))
                .isInstanceOfSatisfying(
                        DuplicateException.class,
                        taken -> assertThat(taken.field()).isEqualTo("login"));
    }

    @Test
    void listsDevicesMarkingTheCurrentOne() {
        accounts.anna(PASSWORD);
        Caller phone = accounts.signedIn("anna", PASSWORD);
        accounts.clock.advance(Duration.ofMinutes(1));
        Caller laptop = accounts.signedIn("anna", PASSWORD);

        assertThat(accounts.listSessions().list(laptop))
                .extracting(entry -> entry.session().id(), ListSessions.Entry::current)
                .containsExactly(tuple(laptop.sessionId(), true), tuple(phone.sessionId(), false));
    }

    @Test
    void endsAnotherDeviceButNotSomeoneElses() {
        accounts.anna(PASSWORD);
        accounts.signUp().signUp(SignUp.Command.of("bob", "bob@example.org", "+4930999999", PASSWORD));
        Caller annaPhone = accounts.signedIn("anna", PASSWORD);
        Caller annaLaptop = accounts.signedIn("anna", PASSWORD);
        Caller bob = accounts.signedIn("bob", PASSWORD);

        accounts.signOut().end(annaLaptop, annaPhone.sessionId());

        assertThat(accounts.listSessions().list(annaLaptop)).hasSize(1);
        assertThatThrownBy(() -> accounts.signOut().end(bob, annaLaptop.sessionId()))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.listSessions().list(annaLaptop)).hasSize(1);
    }

    @Test
    void aPartialChangeKeepsWhatItDoesNotMention() {
        accounts.anna(PASSWORD);
        Caller anna = accounts.signedIn("anna", PASSWORD);

        Customer changed = accounts.changeProfile()
                .change(ChangeProfile.Command.of(
                        anna,
                        FieldUpdate.keep(),
                        FieldUpdate.keep(),
                        FieldUpdate.set("Main street 1, Berlin"),
                        FieldUpdate.set("CARD")));

        assertThat(changed.email().value()).isEqualTo("anna@example.org");
        assertThat(changed.deliveryAddress()).contains(new DeliveryAddress("Main street 1, Berlin"));
        assertThat(changed.preferredPaymentMethod()).contains(PaymentMethod.CARD);
        Customer cleared = accounts.changeProfile()
                .change(ChangeProfile.Command.of(
                        anna, FieldUpdate.keep(), FieldUpdate.keep(), FieldUpdate.clear(), FieldUpdate.keep()));
        assertThat(cleared.deliveryAddress()).isEmpty();
        assertThat(cleared.preferredPaymentMethod()).contains(PaymentMethod.CARD);
    }

    @Test
    void theProfileMovesTheDefaultCardToAnotherOfTheCustomersCardsAndRecordsItOnce() {
        Customer customer = accounts.anna(PASSWORD);
        Caller anna = accounts.signedIn("anna", PASSWORD);
        LinkedCard first =
                accounts.linkedCards.add(card(customer, "pm_1", true)).orElseThrow();
        LinkedCard second =
                accounts.linkedCards.add(card(customer, "pm_2", false)).orElseThrow();

        accounts.changeProfile()
                .change(ChangeProfile.Command.of(
                        anna,
                        FieldUpdate.keep(),
                        FieldUpdate.keep(),
                        FieldUpdate.keep(),
                        FieldUpdate.set("CARD"),
                        Optional.of(second.id())));
        accounts.changeProfile()
                .change(ChangeProfile.Command.of(
                        anna,
                        FieldUpdate.keep(),
                        FieldUpdate.keep(),
                        FieldUpdate.keep(),
                        FieldUpdate.keep(),
                        Optional.of(second.id())));

        assertThat(accounts.linkedCards
                        .find(customer.id(), second.id())
                        .orElseThrow()
                        .isDefault())
                .isTrue();
        assertThat(accounts.linkedCards
                        .find(customer.id(), first.id())
                        .orElseThrow()
                        .isDefault())
                .isFalse();
        assertThat(accounts.events.appended(DefaultCardChanged.class)).hasSize(1);
    }

    @Test
    void anUnknownOrAnotherCustomersCardCannotBecomeTheDefaultAndNothingChanges() {
        accounts.anna(PASSWORD);
        Caller anna = accounts.signedIn("anna", PASSWORD);
        Customer bob =
                accounts.signUp().signUp(SignUp.Command.of("bob", "bob@example.org", "+4915112345679", PASSWORD));
        LinkedCard bobs = accounts.linkedCards.add(card(bob, "pm_bob", true)).orElseThrow();

        assertThatThrownBy(() -> accounts.changeProfile()
                        .change(ChangeProfile.Command.of(
                                anna,
                                FieldUpdate.keep(),
                                FieldUpdate.keep(),
                                FieldUpdate.keep(),
                                FieldUpdate.keep(),
                                Optional.of(bobs.id()))))
                .isInstanceOf(NotFoundException.class);
        assertThat(accounts.events.appended(DefaultCardChanged.class)).isEmpty();
    }

    private static NewLinkedCard card(Customer owner, String processorId, boolean isDefault) {
        return new NewLinkedCard(
                owner.id(),
                processorId,
                "cus_1",
                new CardSummary("VISA", "4242"),
                YearMonth.of(2030, 12),
                "",
                isDefault);
    }

    @Test
    void aChangeIsRefusedWholeWhenAnyFieldIsInvalid() {
        accounts.anna(PASSWORD);
        Caller anna = accounts.signedIn("anna", PASSWORD);

        assertThatThrownBy(() -> ChangeProfile.Command.of(
                        anna,
                        FieldUpdate.set("broken"),
                        FieldUpdate.set("123"),
                        FieldUpdate.set(" "),
                        FieldUpdate.set("BITCOIN")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors())
                                .extracting(FieldError::field)
                                .containsExactly("email", "phoneNumber", "deliveryAddress", "preferredPaymentMethod"));
        assertThatThrownBy(() -> ChangeProfile.Command.of(
                        anna, FieldUpdate.clear(), FieldUpdate.keep(), FieldUpdate.keep(), FieldUpdate.keep()))
                .isInstanceOf(ValidationException.class);
        assertThat(accounts.showProfile()
                        .show(accounts.token("anna", PASSWORD))
                        .value()
                        .customer()
                        .email()
                        .value())
                .isEqualTo("anna@example.org");
    }

    @Test
    void changingThePasswordSignsOutEveryOtherDevice() {
        accounts.anna(PASSWORD);
        Caller phone = accounts.signedIn("anna", PASSWORD);
        Caller laptop = accounts.signedIn("anna", PASSWORD);

        accounts.changePassword().change(new ChangePassword.Command(laptop, PASSWORD, "a brand new secret"));

        assertThat(accounts.listSessions().list(laptop))
                .extracting(entry -> entry.session().id())
                .containsExactly(laptop.sessionId());
        assertThat(accounts.signedIn("anna", "a brand new secret")).isNotNull();
        assertThatThrownBy(() -> accounts.signedIn("anna", PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(phone).isNotNull();
    }

    @Test
    void thePasswordStaysWhenTheCurrentOneIsWrong() {
        accounts.anna(PASSWORD);
        Caller anna = accounts.signedIn("anna", PASSWORD);

        assertThatThrownBy(() -> accounts.changePassword()
                        .change(new ChangePassword.Command(anna, "not it at all", "a brand new secret")))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        invalid -> assertThat(invalid.errors().get(0).field()).isEqualTo("currentPassword"));
        assertThat(accounts.signedIn("anna", PASSWORD)).isNotNull();
    }
}
