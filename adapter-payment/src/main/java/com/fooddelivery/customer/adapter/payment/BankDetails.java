package com.fooddelivery.customer.adapter.payment;

import java.util.Objects;
import java.util.Optional;

/**
 * The Russian bank details a GOST R 56042-2014 payment QR code names besides the merchant's
 * account: the bank's name, its BIC and correspondent account, and the merchant's taxpayer number.
 *
 * @param bankName             the bank's name, up to 45 characters (BankName)
 * @param bic                  the bank's identification code, 9 digits (BIC)
 * @param correspondentAccount the bank's correspondent account, 20 digits (CorrespAcc)
 * @param taxId                the merchant's INN, 10 digits for a company or 12 for a sole trader (PayeeINN)
 */
public record BankDetails(String bankName, String bic, String correspondentAccount, Optional<String> taxId) {

    public BankDetails {
        Objects.requireNonNull(bankName, "bankName");
        Objects.requireNonNull(bic, "bic");
        Objects.requireNonNull(correspondentAccount, "correspondentAccount");
        Objects.requireNonNull(taxId, "taxId");
        if (bankName.isBlank()
                || bankName.length() > 45
                || bankName.contains(GostQrPayload.SEPARATOR)
                || bankName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the bank name is 1 to 45 characters without '|'");
        }
        if (!bic.matches("[0-9]{9}")) {
            throw new IllegalArgumentException("the bank's BIC is 9 digits");
        }
        if (!correspondentAccount.matches("[0-9]{20}")) {
            throw new IllegalArgumentException("the bank's correspondent account is 20 digits");
        }
        if (taxId.isPresent() && !taxId.get().matches("[0-9]{10}|[0-9]{12}")) {
            throw new IllegalArgumentException("the merchant's INN is 10 or 12 digits");
        }
    }
}
