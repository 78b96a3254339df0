package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.card.CardExpiredException;
import com.fooddelivery.customer.domain.payment.CallbackRejectedException;
import com.fooddelivery.customer.domain.payment.PaymentGatewayException;
import com.fooddelivery.customer.domain.report.ReportMailLimitException;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.DuplicateException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import com.fooddelivery.customer.domain.shared.ThrottledException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an RFC 9457 problem. Business failures keep their meaning; anything
 * unexpected becomes a 500 whose body reveals nothing and whose details go to the log only.
 */
final class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final Responses responses;

    ErrorHandling(Responses responses) {
        this.responses = responses;
    }

    void register(RoutesConfig routes) {
        routes.exception(
                ValidationException.class,
                (failure, ctx) -> respond(
                        ctx,
                        ProblemType.VALIDATION,
                        "The request has invalid fields.",
                        failure.errors().stream()
                                .map(error -> new Problem.InvalidField(error.field(), error.message()))
                                .toList()));
        routes.exception(
                NotFoundException.class,
                (failure, ctx) ->
                        respond(ctx, ProblemType.NOT_FOUND, capitalised(failure.subject()) + " not found.", null));
        routes.exception(
                DuplicateException.class,
                (failure, ctx) -> respond(
                        ctx,
                        ProblemType.DUPLICATE,
                        "The " + failure.field() + " is already taken.",
                        List.of(new Problem.InvalidField(failure.field(), "is already taken"))));
        routes.exception(AuthenticationException.class, (failure, ctx) -> {
            ctx.header(
                    "WWW-Authenticate",
                    ctx.header("Authorization") == null
                            ? "Bearer realm=\"customerbackend\""
                            : "Bearer realm=\"customerbackend\", error=\"invalid_token\"");
            respond(ctx, ProblemType.UNAUTHORIZED, "Sign in again: the credentials or token are not valid.", null);
        });
        routes.exception(ThrottledException.class, (failure, ctx) -> {
            ctx.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
            respond(
                    ctx,
                    ProblemType.THROTTLED,
                    "Too many failed attempts; retry after "
                            + failure.retryAfter().toSeconds() + " seconds.",
                    null);
        });
        routes.exception(ReportMailLimitException.class, (failure, ctx) -> {
            ctx.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
            respond(
                    ctx,
                    ProblemType.THROTTLED,
                    "This order's report was mailed as often as an hour allows; retry after "
                            + failure.retryAfter().toSeconds() + " seconds.",
                    null);
        });
        routes.exception(RateLimiting.RateLimited.class, (failure, ctx) -> {
            ctx.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
            respond(
                    ctx,
                    ProblemType.THROTTLED,
                    "Too many requests of this kind from this client; retry after "
                            + failure.retryAfter().toSeconds() + " seconds.",
                    null);
        });
        routes.exception(
                IdempotencyKeyReusedException.class,
                (failure, ctx) -> respond(
                        ctx,
                        ProblemType.IDEMPOTENCY_KEY_REUSED,
                        "This Idempotency-Key was already used for a different request; "
                                + "use a new key for a new request.",
                        null));
        routes.exception(
                CardExpiredException.class,
                (failure, ctx) -> respond(ctx, ProblemType.CARD_EXPIRED, failure.getMessage(), null));
        routes.exception(CallbackRejectedException.class, (failure, ctx) -> {
            // Which check failed stays in the log: a forger learns nothing from the answer.
            LOG.warn("Payment callback refused on {}: {}", ctx.path(), failure.getMessage());
            // RFC 9110 asks every 401 to name a scheme; a callback proves itself by its body's signature.
            ctx.header("WWW-Authenticate", "Signature realm=\"payment-callbacks\"");
            respond(ctx, ProblemType.UNAUTHORIZED, "The callback's signature is missing, wrong or expired.", null);
        });
        routes.exception(PaymentGatewayException.class, (failure, ctx) -> {
            LOG.warn("Payment gateway failed on {} {}: {}", ctx.method(), ctx.path(), failure.getMessage());
            ctx.header("Retry-After", "5");
            respond(
                    ctx,
                    ProblemType.PAYMENT_GATEWAY,
                    "The payment provider did not answer; nothing was charged "
                            + "twice. Retry the same request with the same Idempotency-Key.",
                    null);
        });
        routes.exception(
                ConflictException.class,
                (failure, ctx) -> respond(ctx, ProblemType.CONFLICT, failure.getMessage(), null));
        routes.exception(ServiceUnavailableException.class, (failure, ctx) -> {
            // Expected during an outage and logged per request: the message without a stack trace
            // keeps the log readable while every request fails the same way.
            LOG.warn("{} {} answered 503: {} ({})", ctx.method(), ctx.path(), failure.getMessage(), rootCause(failure));
            ctx.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
            respond(
                    ctx,
                    ProblemType.SERVICE_UNAVAILABLE,
                    "The service is overloaded or cannot reach its data right now; retry after "
                            + failure.retryAfter().toSeconds() + " seconds.",
                    null);
        });
        routes.exception(
                RequestRefused.class, (failure, ctx) -> respond(ctx, failure.type(), failure.getMessage(), null));
        routes.exception(HttpResponseException.class, (failure, ctx) -> httpFailure(failure, ctx));
        routes.exception(Exception.class, (failure, ctx) -> {
            LOG.error("Unhandled failure on {} {}", ctx.method(), ctx.path(), failure);
            respond(ctx, ProblemType.INTERNAL, "The service failed to handle the request.", null);
        });
    }

    private void httpFailure(HttpResponseException failure, Context ctx) {
        int status = failure.getStatus();
        if (status == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            // RFC 9110 15.5.6: a 405 names the methods the resource does take.
            allowed(failure).ifPresent(methods -> ctx.header("Allow", methods));
        }
        String title = HttpStatus.forStatus(status).getMessage();
        String message = failure.getMessage();
        String detail = status == 404
                ? "No resource at " + ctx.path() + "."
                : message == null || message.isBlank() || message.equalsIgnoreCase(title) ? title + "." : message;
        responses.problem(ctx, new Problem("about:blank", title, status, detail, ctx.path(), null));
    }

    /** Javalin lists the path's methods in the failure's details, under a name that depends on Accept. */
    private static Optional<String> allowed(HttpResponseException failure) {
        return failure.getDetails().values().stream()
                .filter(methods -> !methods.isBlank())
                .findFirst()
                .map(methods -> methods.contains("GET") && !methods.contains("HEAD") ? methods + ", HEAD" : methods);
    }

    private void respond(Context ctx, ProblemType type, String detail, List<Problem.InvalidField> errors) {
        responses.problem(ctx, new Problem(type.uri(), type.title(), type.status(), detail, ctx.path(), errors));
    }

    private static String rootCause(Throwable failure) {
        return Causes.root(failure).getClass().getSimpleName();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
