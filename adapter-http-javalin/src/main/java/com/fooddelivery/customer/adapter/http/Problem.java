package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem details body. {@code errors} is this API's extension member listing
 * rejected fields; it is left out when there are none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(String type, String title, int status, String detail, String instance, List<InvalidField> errors) {

    static final String MEDIA_TYPE = "application/problem+json";

    /** One rejected field of a request. */
    record InvalidField(String field, String message) {}
}
