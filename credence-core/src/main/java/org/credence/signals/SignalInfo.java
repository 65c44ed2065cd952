package org.credence.signals;

/**
 * A signal's entry in the catalogue ({@code GET /v1/signals}, {@code docs/SIGNALS.md}).
 *
 * @param id       stable identifier, also the result's id, e.g. {@code clickbait-headline}
 * @param name     short human name, e.g. "Clickbait headline"
 * @param family   the group it belongs to: headline, sourcing, wording, appeals, sloppiness, claims
 * @param detects  what it detects, one sentence
 * @param method   how: rules, lexicon, or the trained model and its features
 * @param data     what data trained or tuned it ("none" for pure rules)
 */
public record SignalInfo(String id, String name, String family, String detects, String method, String data) {

    public SignalInfo {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("signal id must be lower-case words joined by '-': " + id);
        }
        if (name == null || family == null || detects == null || method == null || data == null) {
            throw new IllegalArgumentException("every catalogue field is required");
        }
    }
}
