package org.credence.repair.mojibake;

/**
 * A possible repair before selection.
 *
 * @param start       first garbled char
 * @param end         end of the garbled chars (exclusive)
 * @param replacement the repaired text
 * @param decodedAs   charset the bytes were wrongly read as (outermost layer)
 * @param encodedAs   charset the bytes really were in
 * @param gain        how much less implausible the text is after the repair
 * @param weak        whether the repair rests on guessed bytes only (a space or '?' standing for a
 *                    lost byte) and so needs a confirmed repair nearby
 */
record Candidate(int start, int end, String replacement, String decodedAs, String encodedAs,
                 double gain, boolean weak) {

    boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }
}
