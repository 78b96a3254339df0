package com.fooddelivery.peer.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Introspects a session token locally instead of at an authorization server: the token's SHA-256
 * digest is looked up among the sessions valid now, exactly as the service does, so a session ended
 * on any instance stops working on the next request.
 */
@Component
public class SessionTokenIntrospector implements OpaqueTokenIntrospector {

    /** 256 random bits in URL-safe Base64, the only shape the service hands out. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SessionRepository sessions;

    SessionTokenIntrospector(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        if (!SHAPE.matcher(token).matches()) {
            throw new BadOpaqueTokenException("malformed token");
        }
        Session session = sessions.findValid(digest(token), Instant.now())
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
        return new DefaultOAuth2AuthenticatedPrincipal(String.valueOf(session.getCustomerId()), Map.of(
                CustomerPrincipal.CUSTOMER_ID, session.getCustomerId(),
                CustomerPrincipal.SESSION_ID, session.getId(),
                OAuth2TokenIntrospectionClaimNames.IAT, session.getBegin(),
                OAuth2TokenIntrospectionClaimNames.EXP, session.getEnd()),
                List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
    }

    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
