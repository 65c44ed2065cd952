package org.credence.repair.mojibake;

import java.util.ArrayList;
import java.util.List;

/** One legacy single-byte code page read as another. (Placeholder: filled in below.) */
final class LegacyMojibake {

    List<Candidate> candidates(String text, List<Candidate> taken) {
        return new ArrayList<>();
    }
}
