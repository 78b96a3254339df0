package com.fooddelivery.customer.adapter.payment;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.CardSummary;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in card processor: moves no money, but answers as a real processor does. It checks
 * the number's Luhn digit and the expiry, and gives the published test cards their published
 * answers (4242 4242 4242 4242 approved, 4000 0000 0000 0002 declined, …9995 insufficient funds,
 * …0119 processing error), as do the matching test tokens ({@code tok_visa}, {@code tok_chargeDeclined}, …).
 * One token of its own, {@code tok_noAnswer}, stands for a processor that never answers.
 *
 * <p>Stripe's 3-D Secure test cards ask the cardholder to authenticate on the sandbox's own challenge
 * page ({@link SandboxChallenges}): 4000 0027 6000 3184 and 4000 0000 0000 3220 are held once the
 * cardholder completes it, 4000 0084 0000 1629 is declined after that; failing it is
 * {@code authentication_failed}. Their tokens carry Stripe's test payment-method names:
 * {@code tok_authenticationRequired}, {@code tok_threeDSecure2Required},
 * {@code tok_threeDSecureRequiredChargeDeclined}.
 *
 * <p>Saving a card (a linked card) answers the same test cards and tokens the same way, except that
 * 4000 0027 6000 3184 and 4000 0084 0000 1629 (and their tokens) are declined with
 * {@code authentication_required}: the sandbox has no challenge for saving. 4000 0000 0000 3220
 * ({@code tok_threeDSecure2Required}) saves without one and asks the cardholder to authenticate on every
 * payment with it, as an issuer may. A saved card's id is {@code sbx_pm_…} ({@code sbx_pm3ds_…} for that
 * card); tokens, which carry no expiry, save as valid to December three years on. A saved card pays with
 * any well-formed CVC.
 *
 * <p>Apart from those challenges it keeps no state: every reference it hands out is derived from the
 * caller's idempotency key, so a retry gets the same answer from any instance, after any restart.
 */
public final class SandboxCardProcessor implements CardProcessor {

    private static final Map<String, String> DECLINED_NUMBERS = Map.of(
            "4000000000000002", "card_declined",
            "4000000000009995", "insufficient_funds",
            "4000000000000119", "processing_error");
    private static final Map<String, Outcome> TOKENS = Map.of(
            "tok_visa", new Approved("", Optional.of(new CardSummary("VISA", "4242"))),
            "tok_mastercard", new Approved("", Optional.of(new CardSummary("MASTERCARD", "4444"))),
            "tok_chargeDeclined", new Declined("card_declined"),
            "tok_chargeDeclinedInsufficientFunds", new Declined("insufficient_funds"),
            "tok_chargeDeclinedProcessingError", new Declined("processing_error"));
    /** The 3-D Secure test numbers, and whether the issuer declines after the cardholder authenticated. */
    private static final Map<String, Boolean> CHALLENGED_NUMBERS = Map.of(
            "4000002760003184", false,
            "4000000000003220", false,
            "4000008400001629", true);

    private static final Map<String, String> CHALLENGED_TOKENS = Map.of(
            "tok_authenticationRequired", "4000002760003184",
            "tok_threeDSecure2Required", "4000000000003220",
            "tok_threeDSecureRequiredChargeDeclined", "4000008400001629");
    /** The one 3-D Secure test card that saves without a challenge, and asks for one on every payment. */
    private static final String SAVABLE_CHALLENGED = "4000000000003220";

    private static final String PREFIX = "sbx_";
    private static final String SAVED = PREFIX + "pm_";
    private static final String SAVED_CHALLENGED = PREFIX + "pm3ds_";
    /** The sandbox's own test token for a processor that never answers, so clients can try their 502 path. */
    static final String NO_ANSWER_TOKEN = "tok_noAnswer";

    private final Clock clock;
    private final SandboxChallenges challenges;

    /** @param clock today's date, for expiry; challenges send the browser back to the challenge page */
    public SandboxCardProcessor(Clock clock) {
        this(clock, new SandboxChallenges(Optional.empty()));
    }

    /**
     * @param clock      today's date, for expiry
     * @param challenges where 3-D Secure challenges are kept and served
     */
    public SandboxCardProcessor(Clock clock, SandboxChallenges challenges) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.challenges = Objects.requireNonNull(challenges, "challenges");
    }

    @Override
    public Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey) {
        String processorReference = PREFIX + "auth_" + digest(idempotencyKey);
        if (source instanceof CardSource.Token token) {
            if (token.token().equals(NO_ANSWER_TOKEN)) {
                throw new PaymentGatewayException("the sandbox processor does not answer " + NO_ANSWER_TOKEN);
            }
            String challenged = CHALLENGED_TOKENS.get(token.token());
            if (challenged != null) {
                return challenge(reference, idempotencyKey, CardSummary.of(challenged), challenged);
            }
            Outcome known = TOKENS.getOrDefault(token.token(), new Declined("invalid_token"));
            return known instanceof Approved approved ? new Approved(processorReference, approved.card()) : known;
        }
        if (source instanceof CardSource.Saved saved) {
            return authorizeSaved(reference, saved, idempotencyKey, processorReference);
        }
        CardSource.Card card = (CardSource.Card) source;
        Optional<Declined> refused = refusal(card);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (CHALLENGED_NUMBERS.containsKey(card.number())) {
            return challenge(reference, idempotencyKey, card.summary(), card.number());
        }
        return new Approved(processorReference, Optional.of(card.summary()));
    }

    /**
     * A saved card is known by its id alone, which tells whether it asks for 3-D Secure; the brand and
     * last four are the service's to show, so the approval reports none.
     */
    private Outcome authorizeSaved(
            PaymentReference reference, CardSource.Saved saved, String idempotencyKey, String processorReference) {
        if (saved.processorCardId().startsWith(SAVED_CHALLENGED)) {
            return challenge(reference, idempotencyKey, CardSummary.of(SAVABLE_CHALLENGED), SAVABLE_CHALLENGED);
        }
        if (!saved.processorCardId().startsWith(SAVED)) {
            return new Declined("no_such_payment_method");
        }
        return new Approved(processorReference, Optional.empty());
    }

    /** Why the sandbox refuses the card whatever is done with it: a wrong check digit, expired, a declining test card. */
    private Optional<Declined> refusal(CardSource.Card card) {
        if (!luhn(card.number())) {
            return Optional.of(new Declined("incorrect_number"));
        }
        if (YearMonth.of(card.expYear(), card.expMonth()).isBefore(today())) {
            return Optional.of(new Declined("expired_card"));
        }
        return Optional.ofNullable(DECLINED_NUMBERS.get(card.number())).map(Declined::new);
    }

    @Override
    public SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey) {
        YearMonth expiry;
        CardSummary summary;
        String number;
        if (source instanceof CardSource.Token token) {
            if (token.token().equals(NO_ANSWER_TOKEN)) {
                throw new PaymentGatewayException("the sandbox processor does not answer " + NO_ANSWER_TOKEN);
            }
            number = CHALLENGED_TOKENS.get(token.token());
            Outcome known = number != null
                    ? new Approved("", Optional.of(CardSummary.of(number)))
                    : TOKENS.getOrDefault(token.token(), new Declined("invalid_token"));
            if (known instanceof Declined declined) {
                return declined;
            }
            summary = ((Approved) known).card().orElseThrow();
            expiry = YearMonth.of(today().getYear() + 3, 12);
        } else if (source instanceof CardSource.Card card) {
            Optional<Declined> refused = refusal(card);
            if (refused.isPresent()) {
                return refused.get();
            }
            number = card.number();
            summary = card.summary();
            expiry = YearMonth.of(card.expYear(), card.expMonth());
        } else {
            return new Declined("already_saved");
        }
        boolean challenged = number != null && CHALLENGED_NUMBERS.containsKey(number);
        if (challenged && !number.equals(SAVABLE_CHALLENGED)) {
            return new Declined("authentication_required");
        }
        return new Saved(
                (challenged ? SAVED_CHALLENGED : SAVED) + digest(idempotencyKey),
                holder.processorCustomerId().orElseGet(() -> PREFIX + "cus_" + digest(holder.customerRef())),
                summary,
                expiry);
    }

    @Override
    public void detachCard(String processorCardId) {
        // Nothing is kept: a saved card exists only as its id, so there is nothing to detach.
    }

    private YearMonth today() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    private Outcome challenge(PaymentReference reference, String idempotencyKey, CardSummary card, String number) {
        String digest = digest(idempotencyKey);
        return challenges.open(
                PREFIX + "3ds_" + digest, PREFIX + "auth_" + digest, reference, card, CHALLENGED_NUMBERS.get(number));
    }

    @Override
    public Outcome outcomeOf(String processorReference) {
        return challenges.outcomeOf(processorReference);
    }

    @Override
    public Outcome capture(String processorReference, Money amount, String idempotencyKey) {
        return follow(processorReference, "cap_", idempotencyKey);
    }

    @Override
    public Outcome voidAuthorization(String processorReference, String idempotencyKey) {
        if (processorReference.startsWith(PREFIX + "3ds_")) {
            // An authentication given up before the cardholder finished it: nothing was held.
            return challenges.cancel(processorReference)
                    ? new Approved(PREFIX + "void_" + digest(idempotencyKey), Optional.empty())
                    : new Declined("no_such_payment");
        }
        return follow(processorReference, "void_", idempotencyKey);
    }

    @Override
    public Outcome refund(String processorReference, Money amount, String idempotencyKey) {
        return follow(processorReference, "re_", idempotencyKey);
    }

    private static Outcome follow(String processorReference, String kind, String idempotencyKey) {
        if (!processorReference.startsWith(PREFIX + "auth_")) {
            return new Declined("no_such_authorization");
        }
        return new Approved(PREFIX + kind + digest(idempotencyKey), Optional.empty());
    }

    /** Whether the number's last digit is its Luhn check digit. */
    static boolean luhn(String number) {
        int sum = 0;
        boolean doubled = false;
        for (int i = number.length() - 1; i >= 0; i--) {
            int digit = number.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return false;
            }
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return number.length() >= 12 && sum % 10 == 0;
    }

    private static String digest(String key) {
        return Sha256.hexPrefix(key.getBytes(StandardCharsets.UTF_8), 12);
    }
}
