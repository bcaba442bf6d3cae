package org.hazardledger.model;

import java.util.Arrays;
import java.util.List;

/**
 * A refusal the user must understand: carries a resource-bundle key and its arguments, so each
 * front end can say it in Chinese and English.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> args;

    public DomainException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public DomainException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
