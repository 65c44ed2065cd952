package org.credence.model;

/**
 * A typed block of the document text.
 *
 * @param type       what the block is
 * @param span       where it is in {@link Document#text()}
 * @param confidence how sure the classifier is, in [0, 1]
 * @param reason     the cue that decided the type, in plain words
 */
public record Block(BlockType type, Span span, double confidence, String reason) {

    public Block {
        if (type == null || span == null) {
            throw new IllegalArgumentException("type and span are required");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
        reason = reason == null ? "" : reason;
    }

    public Block withSpan(Span s) {
        return new Block(type, s, confidence, reason);
    }
}
