package com.fooddelivery.customer.adapter.payment;

import static com.fooddelivery.customer.adapter.payment.StripeCalls.call;
import static com.fooddelivery.customer.adapter.payment.StripeCalls.options;
import static com.fooddelivery.customer.adapter.payment.StripeOutcomes.outcome;
import static com.fooddelivery.customer.adapter.payment.StripeOutcomes.saved;

import com.fooddelivery.customer.domain.payment.CardProcessor;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.Money;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentIntentRetrieveParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import com.stripe.param.TokenCreateParams;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Charges cards through Stripe's PaymentIntents API with the official SDK. Authorising creates and
 * confirms a PaymentIntent with {@code capture_method=manual}, so the money is only held; capture,
 * cancel (our void) and refunds act on that PaymentIntent, whose id is the processor reference.
 *
 * <p>Every request carries the caller's idempotency key as Stripe's {@code Idempotency-Key}, and
 * Stripe answers a repeated key with its first answer: a retry after a timeout never charges twice.
 * The SDK's own network retries are off so that the configured read timeout is the whole wait and
 * the retry stays the client's decision, under the same key.
 *
 * <p>Our payment reference travels in the PaymentIntent's metadata ({@link #REFERENCE_METADATA}),
 * which is how {@link StripeWebhooks} ties Stripe's events back to the payment.
 *
 * <p>Card numbers and CVCs go into the request body and nowhere else; no message of this class
 * repeats Stripe's error text, only its codes.
 */
public final class StripeCardProcessor implements CardProcessor {

    /** The metadata key holding our payment reference on every PaymentIntent. */
    public static final String REFERENCE_METADATA = "reference";
    /** The metadata key holding our customer's uid on their Stripe Customer and SetupIntents. */
    public static final String CUSTOMER_METADATA = "customer";

    private final StripeClient stripe;
    private final Optional<String> returnUrl;

    /**
     * Without a return URL: Stripe declines cards that need 3-D Secure at once ({@code authentication_required}).
     *
     * @param account the key, address and timeouts of the Stripe account
     */
    public StripeCardProcessor(StripeAccount account) {
        this(account, Optional.empty());
    }

    /**
     * @param account   the key, address and timeouts of the Stripe account
     * @param returnUrl where Stripe sends the customer's browser back after 3-D Secure, with
     *                  {@code payment_reference=<our reference>} added; empty to decline cards that need it
     */
    public StripeCardProcessor(StripeAccount account, Optional<String> returnUrl) {
        Objects.requireNonNull(account, "account");
        this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
        this.stripe = StripeClient.builder()
                .setApiKey(account.apiKey())
                .setApiBase(account.apiBase().toString().replaceAll("/+$", ""))
                .setConnectTimeout(Math.toIntExact(account.connectTimeout().toMillis()))
                .setReadTimeout(Math.toIntExact(account.readTimeout().toMillis()))
                .setMaxNetworkRetries(0)
                .build();
    }

    @Override
    public Outcome authorize(PaymentReference reference, Money amount, CardSource source, String idempotencyKey) {
        PaymentIntentCreateParams.Builder params = PaymentIntentCreateParams.builder()
                .setAmount(StripeAmounts.minorUnits(amount))
                .setCurrency(StripeAmounts.currency(amount))
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setConfirm(true)
                .addPaymentMethodType("card")
                .putMetadata(REFERENCE_METADATA, reference.value())
                .setDescription("Order payment " + reference.value())
                .addExpand("payment_method");
        PaymentIntentCreateParams.PaymentMethodOptions.Card.Builder cardOptions =
                PaymentIntentCreateParams.PaymentMethodOptions.Card.builder();
        returnUrl.ifPresentOrElse(
                url -> {
                    params.setReturnUrl(
                            url + (url.contains("?") ? "&" : "?") + "payment_reference=" + reference.value());
                    cardOptions.setRequestThreeDSecure(
                            PaymentIntentCreateParams.PaymentMethodOptions.Card.RequestThreeDSecure.AUTOMATIC);
                },
                // Without a page to come back to, a 3-D Secure challenge cannot be shown: Stripe declines
                // such cards at once (authentication_required) instead of leaving the intent waiting.
                () -> params.setErrorOnRequiresAction(true));
        if (source instanceof CardSource.Token token && token.token().startsWith("pm_")) {
            params.setPaymentMethod(token.token());
        } else if (!(source instanceof CardSource.Saved)) {
            // The SDK's typed parameters offer no raw card (Stripe gates it per account), so the
            // card travels as the documented payment_method_data[card][…] form fields.
            params.putExtraParam("payment_method_data", paymentMethodData(source));
        }
        return call("authorise", () -> {
            if (source instanceof CardSource.Saved saved) {
                savedCard(saved, params, cardOptions, idempotencyKey);
            }
            if (returnUrl.isPresent() || source instanceof CardSource.Saved) {
                params.setPaymentMethodOptions(PaymentIntentCreateParams.PaymentMethodOptions.builder()
                        .setCard(cardOptions.build())
                        .build());
            }
            return outcome(stripe.paymentIntents().create(params.build(), options(idempotencyKey)));
        });
    }

    /**
     * Pays with a card saved on the customer's Stripe Customer and the CVC typed again, as Stripe's CVC
     * recollection has it: the CVC becomes a {@code cvc_update} token (its own request, under a key derived
     * from the payment's), which the PaymentIntent carries as {@code payment_method_options[card][cvc_token]}
     * with {@code require_cvc_recollection}, so the issuer checks it. The CVC itself never reaches the intent.
     */
    private void savedCard(
            CardSource.Saved saved,
            PaymentIntentCreateParams.Builder params,
            PaymentIntentCreateParams.PaymentMethodOptions.Card.Builder cardOptions,
            String idempotencyKey)
            throws StripeException {
        String cvcToken = stripe.tokens()
                .create(
                        TokenCreateParams.builder()
                                .setCvcUpdate(TokenCreateParams.CvcUpdate.builder()
                                        .setCvc(saved.cvc())
                                        .build())
                                .build(),
                        options(idempotencyKey + "-cvc"))
                .getId();
        params.setCustomer(saved.processorCustomerId()).setPaymentMethod(saved.processorCardId());
        cardOptions.setCvcToken(cvcToken).setRequireCvcRecollection(true);
    }

    @Override
    public Outcome outcomeOf(String processorReference) {
        PaymentIntentRetrieveParams params = PaymentIntentRetrieveParams.builder()
                .addExpand("payment_method")
                .build();
        return call(
                "retrieval",
                () -> outcome(
                        stripe.paymentIntents().retrieve(processorReference, params, RequestOptions.getDefault())));
    }

    @Override
    public Outcome capture(String processorReference, Money amount, String idempotencyKey) {
        PaymentIntentCaptureParams params = PaymentIntentCaptureParams.builder()
                .setAmountToCapture(StripeAmounts.minorUnits(amount))
                .build();
        return call("capture", () -> {
            PaymentIntent intent = stripe.paymentIntents().capture(processorReference, params, options(idempotencyKey));
            return "succeeded".equals(intent.getStatus())
                    ? new Approved(intent.getId(), Optional.empty())
                    : new Declined("capture_" + intent.getStatus());
        });
    }

    @Override
    public Outcome voidAuthorization(String processorReference, String idempotencyKey) {
        return call("cancel", () -> {
            PaymentIntent intent = stripe.paymentIntents()
                    .cancel(
                            processorReference,
                            PaymentIntentCancelParams.builder().build(),
                            options(idempotencyKey));
            return "canceled".equals(intent.getStatus())
                    ? new Approved(intent.getId(), Optional.empty())
                    : new Declined("cancel_" + intent.getStatus());
        });
    }

    @Override
    public Outcome refund(String processorReference, Money amount, String idempotencyKey) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(processorReference)
                .setAmount(StripeAmounts.minorUnits(amount))
                .build();
        return call("refund", () -> {
            Refund refund = stripe.refunds().create(params, options(idempotencyKey));
            return switch (refund.getStatus()) {
                // A pending refund is accepted: Stripe owes the customer the money from now on.
                case "succeeded", "pending" -> new Approved(refund.getId(), Optional.empty());
                default ->
                    new Declined(Optional.ofNullable(refund.getFailureReason()).orElse("refund_" + refund.getStatus()));
            };
        });
    }

    /**
     * Files the card under the customer's Stripe Customer (created on their first card) through a
     * confirmed SetupIntent, which attaches the PaymentMethod. A SetupIntent that asks for 3-D Secure is
     * declined as {@code authentication_required}: saving has no page to bring the customer back to yet.
     */
    @Override
    public SaveOutcome saveCard(CardHolder holder, CardSource source, String idempotencyKey) {
        if (source instanceof CardSource.Saved) {
            return new Declined("already_saved");
        }
        return call("card saving", SaveOutcome.class, () -> {
            String customer = holder.processorCustomerId().isPresent()
                    ? holder.processorCustomerId().get()
                    : stripe.customers()
                            .create(
                                    CustomerCreateParams.builder()
                                            .putMetadata(CUSTOMER_METADATA, holder.customerRef())
                                            .build(),
                                    options(idempotencyKey + "-customer"))
                            .getId();
            SetupIntentCreateParams.Builder params = SetupIntentCreateParams.builder()
                    .setCustomer(customer)
                    .setConfirm(true)
                    .setUsage(SetupIntentCreateParams.Usage.ON_SESSION)
                    .addPaymentMethodType("card")
                    .putMetadata(CUSTOMER_METADATA, holder.customerRef())
                    .addExpand("payment_method");
            if (source instanceof CardSource.Token token && token.token().startsWith("pm_")) {
                params.setPaymentMethod(token.token());
            } else {
                params.putExtraParam("payment_method_data", paymentMethodData(source));
            }
            return saved(customer, stripe.setupIntents().create(params.build(), options(idempotencyKey)));
        });
    }

    /** A PaymentMethod Stripe no longer knows or that is no longer attached is refused, and counts as detached. */
    @Override
    public void detachCard(String processorCardId) {
        call("detach", () -> {
            PaymentMethod detached = stripe.paymentMethods().detach(processorCardId, RequestOptions.getDefault());
            return new Approved(detached.getId(), Optional.empty());
        });
    }

    private static Map<String, Object> paymentMethodData(CardSource source) {
        Map<String, Object> card = new LinkedHashMap<>();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", "card");
        if (source instanceof CardSource.Token token) {
            card.put("token", token.token());
        } else {
            CardSource.Card raw = (CardSource.Card) source;
            card.put("number", raw.number());
            card.put("exp_month", raw.expMonth());
            card.put("exp_year", raw.expYear());
            card.put("cvc", raw.cvc());
            data.put("billing_details", Map.of("name", raw.holder()));
        }
        data.put("card", card);
        return data;
    }
}
