package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.payment.ApplyPaymentCallback;
import com.fooddelivery.customer.application.payment.CompletePayment;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.payment.ShowPaymentQr;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentCard;
import com.fooddelivery.customer.domain.payment.PaymentReference;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Paying an order in the app, its QR code, and the signed callbacks of banks and processors. */
public final class PaymentRoutes {

    /** The header carrying a callback's signature, {@code t=<unix>,v1=<hex HMAC>}. */
    public static final String SIGNATURE_HEADER = "Payment-Signature";
    /**
     * The same kind of signature as Stripe sends it: processors' webhooks come with their own
     * header name, which they do not let us change.
     */
    public static final String STRIPE_SIGNATURE_HEADER = "Stripe-Signature";

    /** The pay command's field names that the request spells otherwise: the key travels as a header. */
    private static final Map<String, String> FIELDS_AS_SENT = Map.of("idempotencyKey", "Idempotency-Key");

    private final PayOrder payOrder;
    private final ShowPaymentQr showQr;
    private final ApplyPaymentCallback applyCallback;
    private final CompletePayment completePayment;
    private final ChallengePages challenges;

    /**
     * @param payOrder        pays an order
     * @param showQr          shows a bank-QR payment's code
     * @param applyCallback   applies a bank's or processor's signed callback
     * @param completePayment finishes a card payment after 3-D Secure
     * @param challenges      the card processor's own challenge pages (the sandbox's), or {@link ChallengePages#none()}
     */
    public PaymentRoutes(
            PayOrder payOrder,
            ShowPaymentQr showQr,
            ApplyPaymentCallback applyCallback,
            CompletePayment completePayment,
            ChallengePages challenges) {
        this.challenges = Objects.requireNonNull(challenges);
        this.payOrder = Objects.requireNonNull(payOrder);
        this.showQr = Objects.requireNonNull(showQr);
        this.applyCallback = Objects.requireNonNull(applyCallback);
        this.completePayment = Objects.requireNonNull(completePayment);
    }

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        String order = HttpApi.BASE + "/orders/{uid}";
        routes.post(order + "/payments", ctx -> pay(ctx, responses, bodies), Access.CUSTOMER);
        routes.get(
                order + "/payment/qr.png",
                ctx -> {
                    ShowPaymentQr.PaymentQr qr = showQr.show(CustomerAuthentication.customer(ctx), uid(ctx));
                    // The code is one payment's; a cached copy could outlive it.
                    ctx.header("Cache-Control", "private, no-store");
                    ctx.contentType("image/png").result(qr.png());
                },
                Access.CUSTOMER);
        routes.post(
                HttpApi.BASE + "/payments/{reference}/complete",
                ctx -> {
                    PaymentReference reference = PaymentReference.parse(ctx.pathParam("reference"))
                            .orElseThrow(() -> ValidationException.of("reference", "must be a payment reference"));
                    PayOrder.Result result = completePayment.complete(
                            new CompletePayment.Command(CustomerAuthentication.customer(ctx), reference));
                    responses.noStore(ctx, response(ctx, result));
                },
                Access.CUSTOMER);
        registerChallenges(routes, bodies, challenges);
        // Public on purpose: the sender proves itself by the body's signature, not by a key or token.
        routes.post(HttpApi.BASE + "/payments/callbacks/{provider}", ctx -> {
            String bankSignature = ctx.header(SIGNATURE_HEADER);
            String signature = bankSignature != null ? bankSignature : ctx.header(STRIPE_SIGNATURE_HEADER);
            ApplyPaymentCallback.Outcome outcome =
                    applyCallback.apply(ctx.pathParam("provider"), signature, bodies.raw(ctx));
            ctx.header("Cache-Control", "no-store");
            ctx.json(new PaymentDtos.CallbackResponse(
                    outcome.applied(), outcome.payment().status().name()));
        });
    }

    /**
     * The sandbox's challenge page and its two buttons. Outside the API (and its contract), as a real
     * processor's page would be: public, since the browser that opens it carries no token.
     */
    private static void registerChallenges(RoutesConfig routes, RequestBodies bodies, ChallengePages pages) {
        String path = ChallengePages.PATH + "{challengeId}";
        routes.get(path, ctx -> {
            String page = pages.page(ctx.pathParam("challengeId"))
                    .orElseThrow(() -> new NotFoundException("challenge", ctx.pathParam("challengeId")));
            ctx.header("Cache-Control", "no-store")
                    .contentType("text/html; charset=utf-8")
                    .result(page);
        });
        routes.post(path, ctx -> {
            String form = new String(bodies.raw(ctx), StandardCharsets.UTF_8);
            boolean complete = form.equals("decision=complete");
            if (!complete && !form.equals("decision=fail")) {
                throw ValidationException.of("decision", "must be complete or fail");
            }
            String next = pages.decide(ctx.pathParam("challengeId"), complete)
                    .orElseThrow(() -> new NotFoundException("challenge", ctx.pathParam("challengeId")));
            ctx.status(303).header("Location", next).header("Cache-Control", "no-store");
        });
    }

    private void pay(Context ctx, Responses responses, RequestBodies bodies) {
        Optional<PaymentDtos.PayRequest> request = bodies.optionalJson(ctx, PaymentDtos.PayRequest.class);
        Optional<PaymentCard> card = request.flatMap(CardBodies::paymentCard);
        PayOrder.Result result;
        try {
            result = payOrder.pay(new PayOrder.Command(
                    CustomerAuthentication.caller(ctx), uid(ctx), ctx.header("Idempotency-Key"), card));
        } catch (ValidationException refused) {
            throw CardBodies.asSent(refused, FIELDS_AS_SENT);
        }
        if (result.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        PaymentDtos.PayResponse body = response(ctx, result);
        if (body.nextAction() != null) {
            // Accepted, not done: the payment waits for the cardholder's authentication.
            responses.accepted(ctx, OrderDtos.location(result.order()), body);
            return;
        }
        responses.created(ctx, OrderDtos.location(result.order()), body);
    }

    private static PaymentDtos.PayResponse response(Context ctx, PayOrder.Result result) {
        PaymentDtos.QrDto qr = result.qrPayload()
                .map(payload -> new PaymentDtos.QrDto(payload, PaymentDtos.qrUrl(result.order())))
                .orElse(null);
        // A processor may name its page relative to this service (the sandbox's own challenge page).
        PaymentDtos.NextActionDto next = result.authenticationUrl()
                .map(url -> new PaymentDtos.NextActionDto(
                        "redirect", URI.create(ctx.url()).resolve(url).toString()))
                .orElse(null);
        return new PaymentDtos.PayResponse(
                result.order().uid().toString(),
                result.order().status().name(),
                result.order().paymentStatus().name(),
                PaymentDtos.toDto(result.payment()),
                qr,
                next);
    }

    private static OrderUid uid(Context ctx) {
        return PathIds.orderUid(ctx);
    }
}
