package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fooddelivery.customer.adapter.http.MenuDtos.MenuItemRequest;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** JSON a client may get wrong, each way answered with the field at fault. */
class RequestBodiesTest {

    private final RequestBodies bodies = new RequestBodies(JsonMapping.create(), 1024);

    @Test
    void readsAWellFormedBodyWithExactDecimals() {
        MenuItemRequest request = bodies.parse(
                bytes("{\"categoryId\":2,\"name\":\"Salami\",\"price\":9.90,\"available\":false}"),
                MenuItemRequest.class);

        assertThat(request).isEqualTo(new MenuItemRequest(2, "Salami", null, new BigDecimal("9.90"), false));
    }

    /** Each way a body can be wrong names the field at fault; broken text and repeated keys before binding. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"name\":\"x\",\"colour\":\"red\"}        | colour     | is not a known field",
                "{\"price\":\"8.50\"}                       | price      | has the wrong type",
                "{\"name\":5}                               | name       | has the wrong type",
                "{\"categoryId\":1.5}                       | categoryId | has the wrong type",
                "{\"categoryId\":\"1\"}                     | categoryId | has the wrong type",
                "{\"available\":1}                          | available  | has the wrong type",
                "{\"available\":\"true\"}                   | available  | has the wrong type",
                "{\"categoryId\":99999999999}               | categoryId | is out of range",
                "[1,2]                                      | body       | must be a JSON object",
                "\"text\"                                   | body       | must be a JSON object",
                "null                                       | body       | must be a JSON object",
                "''                                         | body       | must be a JSON object",
                "{\"name\":                                 | body       | is not well-formed JSON",
                "{\"name\":\"x\"} trailing                  | body       | is not well-formed JSON",
                "not json at all                            | body       | is not well-formed JSON",
                "{\"name\":\"a\",\"name\":\"b\"} | name | is given more than once; send each field once",
                "{\"items\":[{\"quantity\":1,\"quantity\":2}]} | items[0].quantity | is given more than once; send each field once",
                "{\"name\":\"\\ud800\"} | name | has an unpaired surrogate, which is no character",
                "{\"name\":\"x\\udc00\\ud83d\"} | name | has an unpaired surrogate, which is no character",
                "{\"items\":[\"ok\",\"\\udfff\"]} | items[1] | has an unpaired surrogate, which is no character",
                "{\"\\ud800\":1}                                      | body                | is not well-formed JSON",
                "{\"items\":[{\"a\\udc00\":1}]}                     | body                | is not well-formed JSON"
            })
    void namesTheFieldAtFault(String body, String field, String message) {
        ValidationException failure =
                catchThrowableOfType(ValidationException.class, () -> bodies.parse(bytes(body), MenuItemRequest.class));

        assertThat(failure).as("refused").isNotNull();
        assertThat(failure.errors()).containsExactly(new FieldError(field, message));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "C0 AF, over-long '/'",
        "E0 80 AF, over-long '/' in three bytes",
        "ED A0 80, a surrogate encoded on its own",
        "FF, a byte UTF-8 never uses",
        "C3, a sequence cut short"
    })
    void refusesBytesThatAreNotUtf8(String hex, String what) {
        byte[] start = bytes("{\"name\":\"a");
        byte[] broken = HexFormat.ofDelimiter(" ").parseHex(hex);
        byte[] end = bytes("b\"}");
        byte[] body = new byte[start.length + broken.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(broken, 0, body, start.length, broken.length);
        System.arraycopy(end, 0, body, start.length + broken.length, end.length);

        ValidationException failure =
                catchThrowableOfType(ValidationException.class, () -> bodies.parse(body, MenuItemRequest.class));

        assertThat(failure).as(what).isNotNull();
        assertThat(failure.errors()).containsExactly(new FieldError("body", "is not valid UTF-8"));
    }

    @Test
    void keepsPairedSurrogatesAndEscapedControlCharactersForTheDomainToJudge() {
        MenuItemRequest request = bodies.parse(
                bytes("{\"name\":\"\\ud83c\\udf55 \ud83c\udf55\",\"description\":\"a\\u0000b\"}"),
                MenuItemRequest.class);

        assertThat(request.name()).isEqualTo("\ud83c\udf55 \ud83c\udf55");
        assertThat(request.description()).isEqualTo("a\u0000b");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
