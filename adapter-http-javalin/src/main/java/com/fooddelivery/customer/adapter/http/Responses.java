package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fooddelivery.customer.domain.shared.Sha256;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * Writes bodies with an entity tag and answers a matching {@code If-None-Match} with 304, so
 * clients revalidate cheaply and still see a change on their next request.
 */
final class Responses {

    private final ObjectMapper json;

    Responses(ObjectMapper json) {
        this.json = json;
    }

    /** A JSON body that clients must revalidate before reuse. */
    void json(Context ctx, Object body) {
        json(ctx, render(body));
    }

    /** A JSON body written earlier, that clients must revalidate before reuse. */
    void json(Context ctx, Rendered body) {
        send(ctx, body.bytes(), "application/json", body.tag(), "no-cache");
    }

    /** The body as JSON with its entity tag, for a caller that sends the same body many times. */
    Rendered render(Object body) {
        byte[] bytes = write(body);
        return new Rendered(bytes, tagOf(bytes));
    }

    /** A JSON body and its tag. The bytes are never changed once written. */
    @SuppressWarnings("ArrayRecordComponent") // never compared; the bytes are a written body
    record Rendered(byte[] bytes, String tag) {}

    /**
     * 201 with the new resource's address and its JSON representation; never cached, since it may
     * carry a secret such as a session token.
     */
    void created(Context ctx, String location, Object body) {
        ctx.status(201)
                .header("Location", location)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(write(body));
    }

    /** 202: the request is taken but not finished (a payment waiting for the cardholder); never cached. */
    void accepted(Context ctx, String location, Object body) {
        ctx.status(202)
                .header("Location", location)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(write(body));
    }

    /** 202 for work queued to be done later (a mail to send), with no resource to point at; never cached. */
    void queued(Context ctx, Object body) {
        ctx.status(202)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(write(body));
    }

    /** 200 with an answer about a change just made, which no cache may keep. */
    void noStore(Context ctx, Object body) {
        ctx.status(200)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(write(body));
    }

    /** One customer's own data: never stored by shared caches, revalidated by tag. */
    void privateJson(Context ctx, Object body) {
        byte[] bytes = write(body);
        send(ctx, bytes, "application/json", tagOf(bytes), "private, no-cache");
    }

    /** One customer's own file (a CSV, a chart): tagged by its bytes, never stored by shared caches. */
    void privateBytes(Context ctx, byte[] bytes, String mediaType) {
        send(ctx, bytes, mediaType, tagOf(bytes), "private, no-cache");
    }

    /**
     * Bytes of a known media type under a tag the caller already knows. {@code If-None-Match} is
     * honoured only by a read (GET, HEAD): a change such as a cancel or a profile update has
     * already happened by now, and a 304 would hide its outcome, so it always gets the body.
     */
    void send(Context ctx, byte[] bytes, String mediaType, String tag, String cacheControl) {
        String etag = '"' + tag + '"';
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        if (isRead(ctx) && matches(ctx.header("If-None-Match"), etag)) {
            // A 304 describes no body of its own (RFC 9110 15.4.5): no Content-Type either.
            ctx.status(304);
            ctx.res().setContentType(null);
            return;
        }
        ctx.contentType(mediaType).result(bytes);
    }

    /** Writes a problem details body with its status. */
    void problem(Context ctx, Problem problem) {
        try {
            ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException bug) {
            throw new IllegalStateException("problem cannot be written as JSON", bug);
        }
    }

    byte[] write(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException bug) {
            throw new IllegalStateException("response body cannot be written as JSON", bug);
        }
    }

    private static boolean isRead(Context ctx) {
        return HandlerType.GET.equals(ctx.method()) || HandlerType.HEAD.equals(ctx.method());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** A strong entity tag of the bytes: the first 128 bits of their SHA-256 digest, in hex. */
    static String tagOf(byte[] bytes) {
        return Sha256.hexPrefix(bytes, 16);
    }
}
