package com.fooddelivery.customer.domain.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fooddelivery.customer.domain.shared.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Anna.B", "a_b-c.d", "x23456789012345678901234567890123456789012345678901"})
    void loginsOfLettersDigitsAndPunctuation(String login) {
        if (login.length() > 50) {
            assertThatThrownBy(() -> new Login(login)).isInstanceOf(ValidationException.class);
        } else {
            assertThat(new Login(login).value()).isEqualTo(login);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "anna b", "anna@home", "ännä", "", "robert'); drop table"})
    void refusedLogins(String login) {
        assertThatThrownBy(() -> new Login(login))
                .isInstanceOf(ValidationException.class)
                .extracting(failure ->
                        ((ValidationException) failure).errors().get(0).field())
                .isEqualTo("login");
    }

    @ParameterizedTest
    @CsvSource({"Anna@Example.ORG,anna@example.org", "  a.b+tag@mail.example.com ,a.b+tag@mail.example.com"})
    void emailsAreKeptInLowerCase(String raw, String expected) {
        assertThat(new Email(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "anna",
                "anna@",
                "@example.org",
                "anna@example",
                "an na@example.org",
                "anna@@example.org",
                "anna@example..org",
                "anna.@example.org",
                "\u001fanna@example.org",
                "anna@example.org\u0000"
            })
    void refusedEmails(String email) {
        assertThatThrownBy(() -> new Email(email)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @CsvSource({"+49 151 1234 5678,+4915112345678", "0049 (30) 123-456,+4930123456", "+1.202.555.0143,+12025550143"})
    void phoneNumbersAreNormalisedToE164(String raw, String expected) {
        assertThat(new PhoneNumber(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0151 12345678",
                "+0123456789",
                "+49",
                "+491234567890123456",
                "phone",
                "+49 151 abc",
                "\u001f+4915112345678",
                "+49\n15112345678",
                "+49151\u00001234567"
            })
    void refusedPhoneNumbers(String phone) {
        assertThatThrownBy(() -> new PhoneNumber(phone)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "PASSWORD1", "iloveyou", "12345678", "qwertyuiop"})
    void commonPasswordsAreRefusedInAnyCase(String password) {
        assertThatThrownBy(() -> PasswordPolicy.check(password, "password"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery", "Tr0ub4dor&3x", "ёжик в тумане!", "        "})
    void anyUncommonPasswordOfEightOrMoreCharactersIsAccepted(String password) {
        PasswordPolicy.check(password, "password");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 129})
    void passwordLengthIsBounded(int length) {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(length), "password"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("8 to 128");
    }
}
