package org.credence.ingest.charset;

import java.util.List;
import org.credence.model.Encoding;
import org.credence.model.Problem;

/**
 * Bytes decoded to text.
 *
 * @param text     the text, without a byte-order mark; never null
 * @param encoding the charset used, how it was chosen and how sure the choice is
 * @param problems what was noticed on the way (bad declared names, contradicted declarations,
 *                 invalid bytes replaced by U+FFFD, a guessed charset), in order; never null
 */
public record Decoded(String text, Encoding encoding, List<Problem> problems) {

    public Decoded {
        if (text == null || encoding == null) {
            throw new IllegalArgumentException("text and encoding are required");
        }
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
