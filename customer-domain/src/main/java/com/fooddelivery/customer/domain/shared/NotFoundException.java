package com.fooddelivery.customer.domain.shared;

/** Something the caller named does not exist or is not theirs; one case, so as not to leak which ids exist. */
public final class NotFoundException extends DomainException {

    private final String subject;

    public NotFoundException(String subject, Object id) {
        super(subject + " " + id + " does not exist");
        this.subject = subject;
    }

    /** What was looked for, e.g. {@code "menu item"}. */
    public String subject() {
        return subject;
    }
}
