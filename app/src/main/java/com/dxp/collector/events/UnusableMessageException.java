package com.dxp.collector.events;

/**
 * A message that processing it again would not fix: it goes to quarantine with {@link #reason()} and a detail for
 * the operator (never a secret: details name fields, not their values).
 */
public class UnusableMessageException extends Exception {

    private final QuarantineReason reason;

    public UnusableMessageException(QuarantineReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public QuarantineReason reason() {
        return reason;
    }
}
