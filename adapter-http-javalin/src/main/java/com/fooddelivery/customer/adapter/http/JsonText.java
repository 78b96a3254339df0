package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a JSON body is text before it is bound to a shape. Jackson decodes UTF-8 leniently (an
 * over-long {@code C0 AF} becomes {@code /}), passes a lone surrogate written as an escape through
 * (the database then stores it as {@code ?}), and lets the last of two equal keys win.
 * Each would make what is stored differ from what the client sent, so each is a 400 naming the field.
 * Which characters a field may hold (control characters, say) is the domain's rule, not this one's.
 */
final class JsonText {

    private final JsonFactory factory;

    JsonText(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * Refuses bytes that are not UTF-8, strings with an unpaired surrogate, and an object
     * naming a key twice. Malformed JSON is left to the binding, which reports it.
     */
    void check(byte[] body) {
        requireUtf8(body);
        Deque<Set<String>> keys = new ArrayDeque<>();
        try (JsonParser parser = factory.createParser(body)) {
            // Found here rather than by the parser, so the answer can name the key.
            parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> keys.push(new HashSet<>());
                    case END_OBJECT -> keys.pop();
                    case FIELD_NAME -> {
                        // A name with an unpaired surrogate never gets here: Jackson refuses it as malformed.
                        if (!keys.peek().add(parser.currentName())) {
                            throw ValidationException.of(
                                    field(parser.getParsingContext()), "is given more than once; send each field once");
                        }
                    }
                    case VALUE_STRING -> requireWellFormed(parser);
                    default -> {
                        // numbers, literals and arrays hold no text of their own
                    }
                }
            }
        } catch (JacksonException malformed) {
            // The binding reads the same bytes and reports where they stop being JSON.
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading JSON from memory failed", impossible);
        }
    }

    private static void requireUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException notUtf8) {
            throw ValidationException.of("body", "is not valid UTF-8");
        }
    }

    private static void requireWellFormed(JsonParser parser) throws IOException {
        if (!Text.wellFormed(parser.getText())) {
            throw ValidationException.of(field(parser.getParsingContext()), Text.UNPAIRED_SURROGATE);
        }
    }

    /** The field in the same notation as binding errors: {@code items[0].quantity}. */
    static String field(JsonStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (JsonStreamContext step = context; step != null && !step.inRoot(); step = step.getParent()) {
            if (step.inObject() && step.getCurrentName() != null) {
                steps.add(0, step.getCurrentName());
            } else if (step.inArray()) {
                steps.add(0, "[" + Math.max(step.getCurrentIndex(), 0) + "]");
            }
        }
        StringBuilder field = new StringBuilder();
        for (String step : steps) {
            field.append(field.isEmpty() || step.startsWith("[") ? "" : ".").append(step);
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
