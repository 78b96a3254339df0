package com.fooddelivery.customer.domain.shared;

/** A value that must be unique is taken; names the field, never by whom. */
public final class DuplicateException extends DomainException {

    /** The client's name of the field, so the client can mark it. */
    private final String field;

    /** @param field the client's name of the field whose value is taken, e.g. {@code "email"} */
    public DuplicateException(String field) {
        super(field + " is already taken");
        this.field = field;
    }

    /**
     * The field whose value is taken.
     *
     * @return the field's name, e.g. {@code email}
     */
    public String field() {
        return field;
    }
}
