package org.credence.model;

/**
 * One change that repair made to the text.
 *
 * @param kind           what was repaired
 * @param span           the repaired characters in {@link Document#text()}
 * @param originalSpan   the characters they replaced in {@link Document#source()}
 * @param from           the text before the repair
 * @param to             the text after it
 * @param decodedAs      for mojibake: the encoding the bytes were wrongly read as (else empty)
 * @param encodedAs      for mojibake: the encoding the bytes really were in (else empty)
 * @param confidence     how sure the repair is, in [0, 1]
 */
public record Repair(Kind kind, Span span, Span originalSpan, String from, String to,
                     String decodedAs, String encodedAs, double confidence) {

    /** Kinds of repair. */
    public enum Kind {
        /** Text decoded with the wrong encoding, re-decoded. */
        MOJIBAKE,
        /** An HTML character reference in plain text, decoded. */
        ENTITY,
        /** Control or invisible characters removed or replaced. */
        CONTROL,
        /** Characters changed by Unicode NFC normalisation. */
        UNICODE;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Repair {
        if (kind == null || span == null || from == null || to == null) {
            throw new IllegalArgumentException("kind, span, from and to are required");
        }
        decodedAs = decodedAs == null ? "" : decodedAs;
        encodedAs = encodedAs == null ? "" : encodedAs;
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }

    public Repair withSpans(Span s, Span original) {
        return new Repair(kind, s, original, from, to, decodedAs, encodedAs, confidence);
    }
}
