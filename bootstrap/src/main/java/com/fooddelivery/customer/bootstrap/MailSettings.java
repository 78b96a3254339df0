package com.fooddelivery.customer.bootstrap;

import java.util.Optional;

/**
 * The SMTP server order reports are mailed through.
 *
 * @param host     its host ({@code SMTP_HOST})
 * @param port     its port ({@code SMTP_PORT}, default 587)
 * @param username the account, when it wants one ({@code SMTP_USERNAME})
 * @param password the account's password ({@code SMTP_PASSWORD}, required with a username; never logged)
 * @param from     the sender's address ({@code SMTP_FROM})
 * @param startTls whether the connection must be upgraded with STARTTLS before anything is sent
 *                 ({@code SMTP_STARTTLS}, default true)
 */
public record MailSettings(
        String host, int port, Optional<String> username, Optional<String> password, String from, boolean startTls) {

    /** Everything but the password, which never reaches a log. */
    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", username=" + username.orElse("") + ", from=" + from
                + ", startTls=" + startTls + "]";
    }
}
