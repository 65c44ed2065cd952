package org.credence.testing;

import java.util.List;
import org.credence.Credence;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.SignalResult;

/**
 * The standard pipeline for tests, built once per test JVM, with every result checked by
 * {@link Spans#check} before a test sees it.
 */
public final class Analyzed {

    private static final class Holder {
        static final Credence CREDENCE = Credence.standard();
    }

    private Analyzed() {
    }

    /** The standard pipeline, shared. */
    public static Credence credence() {
        return Holder.CREDENCE;
    }

    /** {@code text} analysed by the standard pipeline, its spans checked ({@code what} names it in failures). */
    public static Document text(String text, String what) {
        Document d = Holder.CREDENCE.analyzeText(text);
        Spans.check(d, what);
        return d;
    }

    /** The excerpts of a signal's evidence, in text order. */
    public static List<String> excerpts(SignalResult r) {
        return r.evidence().stream().map(Evidence::excerpt).toList();
    }
}
