package com.fooddelivery.customer.bootstrap;

import java.util.List;
import java.util.Optional;

/** The SMTP server order reports are mailed through, when {@code SMTP_HOST} names one. */
final class MailSettingsReader {

    static final List<String> NAMES =
            List.of("SMTP_HOST", "SMTP_PORT", "SMTP_USERNAME", "SMTP_PASSWORD", "SMTP_FROM", "SMTP_STARTTLS");

    private MailSettingsReader() {}

    static Optional<MailSettings> mail(RawSettings env) {
        // Every SMTP setting is read (and checked) even without a host, so a typo'd one never goes unnoticed.
        Optional<String> host = env.text("SMTP_HOST");
        int port = env.integer("SMTP_PORT", 587, 1, 65_535);
        Optional<String> user = env.text("SMTP_USERNAME");
        Optional<String> password = env.text("SMTP_PASSWORD");
        Optional<String> from = env.text("SMTP_FROM");
        boolean startTls = env.bool("SMTP_STARTTLS", true);
        if (host.isPresent() && !host.get().matches("[A-Za-z0-9.\\[\\]:_-]+")) {
            throw new ConfigurationException("SMTP_HOST must be a host name or address, got '" + host.get() + "'");
        }
        if (from.isPresent() && !from.get().matches("[^@\\s<>]+@[^@\\s<>]+")) {
            throw new ConfigurationException(
                    "SMTP_FROM must be an e-mail address like shop@example.com, got '" + from.get() + "'");
        }
        if (user.isPresent() && (user.get().length() > 254 || user.get().chars().anyMatch(Character::isISOControl))) {
            throw new ConfigurationException("SMTP_USERNAME must be at most 254 characters without control characters");
        }
        if (user.isPresent() && password.isEmpty()) {
            // Never echo the password, set or not.
            throw new ConfigurationException("SMTP_PASSWORD is required with SMTP_USERNAME");
        }
        if (host.isEmpty()) {
            return Optional.empty();
        }
        if (from.isEmpty()) {
            throw new ConfigurationException("SMTP_FROM is required with SMTP_HOST");
        }
        return Optional.of(new MailSettings(host.get(), port, user, password, from.get(), startTls));
    }
}
