package org.credence.language.ner;

import java.util.ArrayList;
import java.util.List;

/** Entity chunks of a BIO tag sequence (conlleval's chunking for BIO input). */
public final class BioChunks {

    /** One chunk: tokens {@code [start, end)} of a sentence and its type. */
    public record Chunk(int start, int end, String type) {
    }

    private BioChunks() {
    }

    /** The chunks of {@code tags}: a B-X or an I-X not continuing an X starts one; O ends one. */
    public static List<Chunk> of(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.length() > 2 && tag.charAt(1) == '-';
            String t = inside ? tag.substring(2) : null;
            boolean continues = inside && tag.charAt(0) == 'I' && t.equals(type);
            if (type != null && !continues) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (inside && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }
}
