package org.credence.repair.mojibake;

import org.credence.model.Span;

/**
 * One repaired run of mojibake.
 *
 * @param span        the garbled characters in the input text (half-open UTF-16 offsets)
 * @param replacement the text they become
 * @param decodedAs   the charset the bytes were wrongly read as, e.g. {@code windows-1252}; for a
 *                    run garbled more than once, the outermost layer (the one undone first)
 * @param encodedAs   the charset the bytes really were in, e.g. {@code UTF-8}
 * @param confidence  how sure the repair is, in [0, 1]
 */
public record MojibakeFix(Span span, String replacement, String decodedAs, String encodedAs,
                          double confidence) {

    public MojibakeFix {
        if (span == null || replacement == null || decodedAs == null || encodedAs == null) {
            throw new IllegalArgumentException("span, replacement, decodedAs and encodedAs are required");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside [0, 1]");
        }
    }
}
