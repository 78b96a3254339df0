package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fooddelivery.customer.domain.menu.ImageType;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads request bodies without trusting the client: a body is read only up to its limit, its
 * declared type must be one the route takes, and JSON that does not fit the expected shape is a
 * 400 naming the field, never a 500.
 */
final class RequestBodies {

    /** Far above any JSON body this API takes; stops a client from making the service buffer megabytes. */
    static final int JSON_LIMIT = 64 * 1024;
    /** How much of an oversized body is read and dropped so that its sender sees the 413. */
    static final long DRAIN_LIMIT = 4L * 1024 * 1024;

    private final ObjectMapper json;
    private final JsonText text;
    private final int pictureLimit;

    /**
     * @param json         the API's strict mapper
     * @param pictureLimit the largest picture accepted, in bytes
     */
    RequestBodies(ObjectMapper json, int pictureLimit) {
        this.json = json;
        this.text = new JsonText(json.getFactory());
        if (pictureLimit < 1) {
            throw new IllegalArgumentException("pictureLimit must be positive: " + pictureLimit);
        }
        this.pictureLimit = pictureLimit;
    }

    /** A JSON body of the given shape; 415 unless sent as {@code application/json}. */
    <T> T json(Context ctx, Class<T> shape) {
        requireJson(ctx);
        return parse(read(ctx, JSON_LIMIT, "The JSON body"), shape);
    }

    /**
     * A JSON body of the given shape, or empty when the request has no body at all (no
     * Content-Type, no bytes) or the body is JSON {@code null}, which says the same: for routes where
     * the body is optional.
     */
    <T> Optional<T> optionalJson(Context ctx, Class<T> shape) {
        if (ctx.header("Content-Type") == null && ctx.req().getContentLengthLong() <= 0) {
            byte[] bytes = read(ctx, JSON_LIMIT, "The JSON body");
            if (bytes.length == 0) {
                return Optional.empty();
            }
        }
        requireJson(ctx);
        byte[] body = read(ctx, JSON_LIMIT, "The JSON body");
        return parse(body, JsonNode.class).isNull() ? Optional.empty() : Optional.of(parse(body, shape));
    }

    /** The body's bytes exactly as sent, up to the JSON limit: for signatures computed over them. */
    byte[] raw(Context ctx) {
        return read(ctx, JSON_LIMIT, "The body");
    }

    /**
     * A JSON object as a tree, for partial updates that must tell a missing field from a null one;
     * also taken as {@code application/merge-patch+json} (RFC 7396).
     */
    JsonNode jsonObject(Context ctx) {
        String type = mediaType(ctx);
        if (!type.equals("application/json") && !type.equals("application/merge-patch+json")) {
            throw new RequestRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        JsonNode body = parse(read(ctx, JSON_LIMIT, "The JSON body"), JsonNode.class);
        if (!body.isObject()) {
            throw ValidationException.of("body", "must be a JSON object");
        }
        return body;
    }

    /**
     * A picture sent as raw bytes. The declared type must be an accepted image type and the bytes
     * must really be an image of that type.
     */
    Picture picture(Context ctx) {
        String declared = mediaType(ctx);
        Optional<ImageType> accepted = Arrays.stream(ImageType.values())
                .filter(type -> type.mediaType().equals(declared))
                .findFirst();
        if (accepted.isEmpty()) {
            throw new RequestRefused(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the picture as " + acceptedImageTypes() + ".");
        }
        byte[] bytes = read(ctx, pictureLimit, "The picture");
        Optional<ImageType> actual = ImageType.sniff(bytes);
        if (actual.isEmpty()) {
            throw new RequestRefused(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The body is not a " + acceptedImageTypes() + " image, whatever its Content-Type says.");
        }
        if (actual.get() != accepted.get()) {
            throw new RequestRefused(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "The body is " + actual.get().mediaType() + ", not the " + declared + " its Content-Type says.");
        }
        return Picture.of(bytes);
    }

    private static void requireJson(Context ctx) {
        if (!mediaType(ctx).equals("application/json")) {
            throw new RequestRefused(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
    }

    /**
     * Parses JSON into the shape, turning every way it can fail into field errors. The text is
     * checked first: bytes that are not UTF-8, unpaired surrogates and keys given twice are refused.
     */
    <T> T parse(byte[] body, Class<T> shape) {
        text.check(body);
        try {
            T value = json.readValue(body, shape);
            if (value == null) {
                throw ValidationException.of("body", "must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException unknown) {
            throw ValidationException.of(fieldOf(unknown), "is not a known field");
        } catch (DatabindException wrongShape) {
            String field = wrongShape instanceof JsonMappingException mapping ? fieldOf(mapping) : "body";
            if (field.equals("body")) {
                throw ValidationException.of(field, "must be a JSON object");
            }
            throw ValidationException.of(
                    field,
                    Causes.include(wrongShape, InputCoercionException.class)
                            ? "is out of range"
                            : "has the wrong type");
        } catch (JacksonException malformed) {
            throw ValidationException.of("body", "is not well-formed JSON");
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading JSON from memory failed", impossible);
        }
    }

    private byte[] read(Context ctx, int limit, String what) {
        String tooLarge = what + " must be at most " + limit + " bytes.";
        try (InputStream in = ctx.bodyInputStream()) {
            // A declared length over the limit is refused without being kept in memory.
            if (ctx.req().getContentLengthLong() > limit) {
                throw tooLarge(in, tooLarge);
            }
            // Chunked bodies declare no length; one byte over the limit is enough to know.
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(in, tooLarge);
            }
            return bytes;
        } catch (IOException broken) {
            // The client stopped sending or went away; nothing was read, nothing was changed.
            throw ValidationException.of("body", "could not be read completely");
        }
    }

    /**
     * A modest excess is read and dropped before the refusal, so the client finishes sending and
     * gets the 413: a connection closed under a client still writing loses the answer. Beyond
     * {@link #DRAIN_LIMIT} the connection is simply closed.
     */
    private static RequestRefused tooLarge(InputStream in, String detail) throws IOException {
        drain(in);
        return new RequestRefused(ProblemType.TOO_LARGE, detail);
    }

    /**
     * Drops what is left of the request's body, up to {@link #DRAIN_LIMIT}, before the answer goes
     * out: a refusal made before the body was read (a bad token, an unknown order), or a route that
     * takes none. {@link BodyBuffering} has received the whole body before the route ran, so this
     * reads memory and never waits for a client; it stays so that the answer never depends on that.
     */
    static void discardUnread(Context ctx) {
        try {
            drain(ctx.req().getInputStream());
        } catch (IOException | IllegalStateException gone) {
            // The client went away, or the body was taken as characters: nothing left to spare it.
        }
    }

    private static void drain(InputStream in) throws IOException {
        long skipped = 0;
        while (skipped < DRAIN_LIMIT) {
            long step = in.skip(DRAIN_LIMIT - skipped);
            if (step <= 0) {
                if (in.read() < 0) {
                    break;
                }
                step = 1;
            }
            skipped += step;
        }
    }

    private static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null) {
            return "";
        }
        int parameters = header.indexOf(';');
        return (parameters < 0 ? header : header.substring(0, parameters))
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String acceptedImageTypes() {
        return Arrays.stream(ImageType.values()).map(ImageType::mediaType).collect(Collectors.joining(", "));
    }

    private static String fieldOf(JsonMappingException failure) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            if (step.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
