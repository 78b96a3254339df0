package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fooddelivery.customer.application.session.ListSessions;
import com.fooddelivery.customer.domain.customer.Customer;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** JSON shapes of accounts and sessions. Passwords only ever travel inwards. */
final class AccountDtos {

    private AccountDtos() {}

    record SignUpRequest(String login, String email, String phoneNumber, String password) {
        @Override
        public String toString() {
            return "SignUpRequest[login=" + login + "]";
        }
    }

    record SignInRequest(String login, String password, String deviceToken) {
        @Override
        public String toString() {
            return "SignInRequest[login=" + login + "]";
        }
    }

    record PasswordChangeRequest(String currentPassword, String newPassword) {
        @Override
        public String toString() {
            return "PasswordChangeRequest[redacted]";
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CustomerDto(
            String uid,
            String login,
            String email,
            String phoneNumber,
            String deliveryAddress,
            String preferredPaymentMethod,
            Integer defaultCardId) {}

    record TokenDto(String token, String tokenType, Instant expiresAt, int sessionId, String deviceToken) {
        @Override
        public String toString() {
            return "TokenDto[sessionId=" + sessionId + ", tokens=redacted]";
        }
    }

    record SessionDto(int id, Instant startedAt, Instant expiresAt, String userAgent, boolean current) {}

    record SessionList(List<SessionDto> sessions) {}

    /** A new account, which has no linked card yet. */
    static CustomerDto toDto(Customer customer) {
        return toDto(customer, Optional.empty());
    }

    static CustomerDto toDto(Customer customer, Optional<Integer> defaultCardId) {
        return new CustomerDto(
                customer.uid().toString(),
                customer.login().value(),
                customer.email().value(),
                customer.phoneNumber().value(),
                customer.deliveryAddress().map(DeliveryAddress::value).orElse(null),
                customer.preferredPaymentMethod().map(Enum::name).orElse(null),
                defaultCardId.orElse(null));
    }

    static SessionDto toDto(ListSessions.Entry entry) {
        return new SessionDto(
                entry.session().id().value(),
                entry.session().begin(),
                entry.session().end(),
                entry.session().client(),
                entry.current());
    }
}
