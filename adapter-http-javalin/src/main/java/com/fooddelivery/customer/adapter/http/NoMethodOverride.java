package com.fooddelivery.customer.adapter.http;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Drops the headers some frameworks take as another method than the one sent: Javalin routes a
 * POST carrying {@code X-HTTP-Method-Override: DELETE} as a DELETE, which the contract does not
 * offer and which slips past the method rules of proxies and firewalls. A POST stays a POST.
 */
final class NoMethodOverride extends Handler.Wrapper {

    private static final List<String> OVERRIDES =
            List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    NoMethodOverride(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields headers = request.getHeaders();
        if (OVERRIDES.stream().noneMatch(headers::contains)) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable kept = HttpFields.build(headers);
        OVERRIDES.forEach(kept::remove);
        HttpFields plain = kept.asImmutable();
        return super.handle(
                new Request.Wrapper(request) {
                    @Override
                    public HttpFields getHeaders() {
                        return plain;
                    }
                },
                response,
                callback);
    }
}
