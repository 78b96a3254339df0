package com.fooddelivery.customer.adapter.http;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before Javalin sees them (a path that is not valid UTF-8, an
 * ambiguous or malformed URI, oversized headers). Its own answer is an HTML page; this one is the
 * same RFC 9457 problem the rest of the API answers with, with a request id and the security
 * headers like every other answer, and reveals nothing but the status and the path as it was
 * sent, when that is printable. Jetty closes the connection after such a refusal, and the answer
 * says so.
 */
final class JettyProblems extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer code ? code : response.getStatus();
        if (status < 400) {
            status = HttpStatus.BAD_REQUEST_400;
        }
        write(request, response, callback, status, "The request could not be understood as sent.");
        return true;
    }

    /**
     * Answers with a problem and closes the connection: for refusals made before the request
     * reaches Javalin, when what is left of the connection's bytes cannot be trusted or awaited.
     */
    static void write(Request request, Response response, Callback callback, int status, String detail) {
        String body = "{\"type\":\"about:blank\",\"title\":\"" + HttpStatus.getMessage(status) + "\",\"status\":"
                + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + instance(request) + "\"}";
        response.setStatus(status);
        HttpFields.Mutable headers = response.getHeaders();
        // A new id: the refused request's own headers are not to be trusted, nor echoed.
        headers.put(RequestLog.HEADER, RequestLog.newId());
        ResponseHeaders.apply(headers, path(request));
        headers.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, BufferUtil.toBuffer(body, StandardCharsets.UTF_8), callback);
    }

    /** The path as sent, when it is plain visible ASCII that needs no escaping in JSON; else just "/". */
    private static String instance(Request request) {
        String path = path(request);
        return path.matches("/[\\x21-\\x7E&&[^\"\\\\]]{0,2000}") ? path : "/";
    }

    private static String path(Request request) {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        return path == null ? "/" : path;
    }
}
