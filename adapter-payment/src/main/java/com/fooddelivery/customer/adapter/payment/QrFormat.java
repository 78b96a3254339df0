package com.fooddelivery.customer.adapter.payment;

/** The published QR payload standards the bank-app payment can speak. */
public enum QrFormat {
    /** EMVCo merchant-presented dynamic QR, the base of the instant-payment QR schemes. */
    EMVCO,
    /** EPC069-12 "BCD" SEPA credit transfer; euros only. */
    EPC,
    /** GOST R 56042-2014 "ST00012" bank details of a Russian account; roubles only, needs {@link BankDetails}. */
    GOST
}
