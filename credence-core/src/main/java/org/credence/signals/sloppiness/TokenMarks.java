package org.credence.signals.sloppiness;

import java.util.List;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.ForeignRun;
import org.credence.model.Quote;
import org.credence.model.Span;
import org.credence.model.Token;

/**
 * Which tokens of a document lie in a named entity, a foreign run or a quotation, computed once
 * per document. A token is quoted when it lies in a quote's marked (verbatim) stretch, or between
 * an opening and a closing double quotation mark of the same paragraph (the state resets at a
 * line break, so an unclosed mark never spreads past its paragraph).
 */
final class TokenMarks {

    private final boolean[] entity;
    private final boolean[] quoted;
    private final boolean[] foreign;

    private TokenMarks(int n) {
        entity = new boolean[n];
        quoted = new boolean[n];
        foreign = new boolean[n];
    }

    static TokenMarks of(Document doc) {
        List<Token> tokens = doc.language().tokens();
        String text = doc.text();
        TokenMarks m = new TokenMarks(tokens.size());
        for (Entity e : doc.language().entities()) {
            m.mark(m.entity, tokens, e.span());
        }
        for (ForeignRun r : doc.language().foreign()) {
            m.mark(m.foreign, tokens, r.span());
        }
        for (Quote q : doc.language().quotes()) {
            for (Span v : q.verbatim()) {
                m.mark(m.quoted, tokens, v);
            }
        }
        boolean open = false;
        int prevEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (text.substring(prevEnd, t.start()).indexOf('\n') >= 0) {
                open = false;
            }
            prevEnd = t.end();
            if (t.kind() == Token.Kind.PUNCT) {
                if (open) {
                    m.quoted[i] = true; // "Help!!" keeps its marks inside the quotation
                }
                String p = t.text(text);
                for (int k = 0; k < p.length(); k++) {
                    char c = p.charAt(k);
                    if (c == '\u201C') {
                        open = true;
                    } else if (c == '\u201D') {
                        open = false;
                    } else if (c == '"') {
                        open = !open;
                    }
                }
                continue;
            }
            if (open) {
                m.quoted[i] = true;
            }
        }
        return m;
    }

    /** Whether token {@code i} is in an entity, a foreign run or a quotation. */
    boolean skip(int i) {
        return entity[i] || quoted[i] || foreign[i];
    }

    boolean quoted(int i) {
        return quoted[i];
    }

    boolean entity(int i) {
        return entity[i];
    }

    private void mark(boolean[] marks, List<Token> tokens, Span s) {
        for (int i = first(tokens, s.start()); i < tokens.size() && tokens.get(i).start() < s.end(); i++) {
            if (tokens.get(i).end() > s.start()) {
                marks[i] = true;
            }
        }
    }

    /** Index of the first token that ends after {@code offset} (binary search). */
    static int first(List<Token> tokens, int offset) {
        return Token.firstEndingAfter(tokens, offset);
    }
}
