package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.payment.ApplyPaymentCallback;
import com.fooddelivery.customer.application.payment.PayOrder;
import com.fooddelivery.customer.application.payment.ShowPaymentQr;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.CardSource;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
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

    private final PayOrder payOrder;
    private final ShowPaymentQr showQr;
    private final ApplyPaymentCallback applyCallback;

    public PaymentRoutes(PayOrder payOrder, ShowPaymentQr showQr, ApplyPaymentCallback applyCallback) {
        this.payOrder = Objects.requireNonNull(payOrder);
        this.showQr = Objects.requireNonNull(showQr);
        this.applyCallback = Objects.requireNonNull(applyCallback);
    }

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        String order = HttpApi.BASE + "/orders/{uid}";
        routes.post(order + "/payments", ctx -> pay(ctx, responses, bodies), Access.CUSTOMER);
        routes.get(order + "/payment/qr.png", ctx -> {
            ShowPaymentQr.PaymentQr qr = showQr.show(CustomerAuthentication.caller(ctx), uid(ctx));
            // The code is one payment's; a cached copy could outlive it.
            ctx.header("Cache-Control", "private, no-store");
            ctx.contentType("image/png").result(qr.png());
        }, Access.CUSTOMER);
        // Public on purpose: the sender proves itself by the body's signature, not by a key or token.
        routes.post(HttpApi.BASE + "/payments/callbacks/{provider}", ctx -> {
            String bankSignature = ctx.header(SIGNATURE_HEADER);
            String signature = bankSignature != null ? bankSignature : ctx.header(STRIPE_SIGNATURE_HEADER);
            ApplyPaymentCallback.Outcome outcome = applyCallback.apply(ctx.pathParam("provider"), signature,
                    bodies.raw(ctx));
            ctx.header("Cache-Control", "no-store");
            ctx.json(new PaymentDtos.CallbackResponse(outcome.applied(), outcome.payment().status().name()));
        });
    }

    private void pay(Context ctx, Responses responses, RequestBodies bodies) {
        Optional<PaymentDtos.PayRequest> request = bodies.optionalJson(ctx, PaymentDtos.PayRequest.class);
        Optional<CardSource> source = request.flatMap(body -> PayOrder.Command.cardSource(body.token(),
                body.card() != null,
                body.card() == null ? null : body.card().number(),
                body.card() == null ? null : body.card().expMonth(),
                body.card() == null ? null : body.card().expYear(),
                body.card() == null ? null : body.card().cvc(),
                body.card() == null ? null : body.card().holder()));
        PayOrder.Result result = payOrder.pay(new PayOrder.Command(CustomerAuthentication.caller(ctx), uid(ctx),
                ctx.header("Idempotency-Key"), source));
        if (result.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        PaymentDtos.QrDto qr = result.qrPayload()
                .map(payload -> new PaymentDtos.QrDto(payload, PaymentDtos.qrUrl(result.order()))).orElse(null);
        responses.created(ctx, OrderDtos.location(result.order()), new PaymentDtos.PayResponse(
                result.order().uid().toString(), result.order().status().name(), result.order().paymentStatus().name(),
                PaymentDtos.toDto(result.payment()), qr));
    }

    private static OrderUid uid(Context ctx) {
        return OrderUid.parse(ctx.pathParam("uid"))
                .orElseThrow(() -> ValidationException.of("uid", "must be an order UID"));
    }
}
