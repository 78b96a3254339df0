package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies strictly: the right content type, well-formed JSON, known fields of the
 * right types. Every refusal is a 4xx naming the field; the body itself is never echoed, since it
 * may carry a password.
 */
final class JsonBodies {

    private final ObjectMapper json;

    JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    /** The body as {@code type}. */
    <T> T read(Context ctx, Class<T> type) {
        requireJson(ctx);
        try {
            T body = json.readValue(ctx.bodyAsBytes(), type);
            if (body == null) {
                throw ValidationException.of("body", "must be a JSON object");
            }
            return body;
        } catch (IOException failure) {
            throw refusal(failure);
        }
    }

    /** The body as an object tree, for partial updates that must tell a missing field from a null one. */
    JsonNode readObject(Context ctx) {
        requireJson(ctx);
        try {
            JsonNode body = json.readTree(ctx.bodyAsBytes());
            if (body == null || !body.isObject()) {
                throw ValidationException.of("body", "must be a JSON object");
            }
            return body;
        } catch (IOException failure) {
            throw refusal(failure);
        }
    }

    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "Send the body as application/json.");
        }
    }

    private static RuntimeException refusal(IOException failure) {
        if (failure instanceof UnrecognizedPropertyException unknown) {
            return ValidationException.of(path(unknown), "is not a known field");
        }
        if (failure instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return ValidationException.of(path(mismatch), "has the wrong type");
        }
        if (failure instanceof JsonProcessingException) {
            return ValidationException.of("body", "is not well-formed JSON");
        }
        return ValidationException.of("body", "could not be read");
    }

    private static String path(JsonMappingException failure) {
        return failure.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
