package org.credence.server;

/**
 * A request the server answers with an error: the HTTP status and the body
 * {@code {"status":"error","error":{"code":..,"message":..}}}.
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final int retryAfterSeconds;

    /**
     * @param status            HTTP status
     * @param code              stable error code, e.g. {@code body.too-large}
     * @param message           what is wrong, in plain words
     * @param retryAfterSeconds sent as {@code Retry-After} when positive
     */
    ApiException(int status, String code, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    ApiException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
