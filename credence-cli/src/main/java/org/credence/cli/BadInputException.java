package org.credence.cli;

/** Input that cannot be used (a missing data set, an unreadable file): exit code 1 with its message. */
final class BadInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
