package org.credence.model;

/**
 * Something wrong with the input that Credence noticed and worked around. Bad content never
 * throws; it becomes a problem and processing goes on.
 *
 * @param code     stable identifier, e.g. {@code encoding.guessed}, {@code html.no-main-text}
 * @param severity how much it matters to the result
 * @param message  what happened, in plain words
 * @param span     where, in {@link Document#text()}, or {@code null} for the whole input
 */
public record Problem(String code, Severity severity, String message, Span span) {

    /** How much a problem matters. */
    public enum Severity {
        /** Worth knowing; the result is unaffected. */
        INFO,
        /** The result may be less complete or less exact. */
        WARNING,
        /** The record could not be processed; the result is an error record. */
        ERROR;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Problem {
        if (code == null || code.isBlank() || severity == null || message == null) {
            throw new IllegalArgumentException("code, severity and message are required");
        }
    }

    public static Problem info(String code, String message) {
        return new Problem(code, Severity.INFO, message, null);
    }

    public static Problem warning(String code, String message) {
        return new Problem(code, Severity.WARNING, message, null);
    }
}
