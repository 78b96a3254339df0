package com.fooddelivery.customer.domain.shared;

/** A value that must be unique is taken; names the field, never by whom. */
public final class DuplicateException extends DomainException {

    private final String field;

    public DuplicateException(String field) {
        super(field + " is already taken");
        this.field = field;
    }

    /** The client's name of the field whose value is taken, e.g. {@code email}, so the client can mark it. */
    public String field() {
        return field;
    }
}
