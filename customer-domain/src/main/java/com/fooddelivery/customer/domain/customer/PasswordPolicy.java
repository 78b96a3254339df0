package com.fooddelivery.customer.domain.customer;

import com.fooddelivery.customer.domain.shared.Text;
import com.fooddelivery.customer.domain.shared.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** What a new password must be (OWASP ASVS 5.0 §6.2): long enough, no composition rules, not a common one. */
public final class PasswordPolicy {

    /** Fewest characters a password may have. */
    public static final int MIN_LENGTH = 8;
    /** Most characters a password may have; longer ones only make hashing a denial of service. */
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Refuses a password that breaks the policy, naming {@code field}. */
    public static void check(String password, String field) {
        if (password == null) {
            throw ValidationException.of(field, "is required");
        }
        // Any printable character may be in a password (NIST SP 800-63B); control characters cannot be typed.
        String problem = Text.problemAsLine(password);
        if (problem != null) {
            throw ValidationException.of(field, problem);
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw ValidationException.of(field, "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw ValidationException.of(field, "is one of the most common passwords; choose another");
        }
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(4096);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the domain jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return Set.copyOf(passwords);
    }
}
