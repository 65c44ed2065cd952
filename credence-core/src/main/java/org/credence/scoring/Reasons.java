package org.credence.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.credence.ml.SparseVector;
import org.credence.model.Document;
import org.credence.model.Evidence;
import org.credence.model.ScoreReason;
import org.credence.model.SignalResult;
import org.credence.model.Span;
import org.credence.signals.SignalInfo;
import org.credence.signals.Signals;

/**
 * The reasons behind a score: how far each feature moved its calibrated log-odds away from the
 * average training article (the Platt slope times weight times standardised value): one reason
 * per signal (its score and cannot-judge flag together, with the signal's own evidence), one per
 * signal measure (with that signal's evidence), one per style feature (with the spans it
 * counted) and one for the words (the word part against its training mean, with the content
 * words that pushed most as evidence).
 */
final class Reasons {

    /** Reasons kept per score. */
    static final int TOP = 5;
    /** Evidence spans kept per reason. */
    static final int EVIDENCE = 3;
    static final String WORDS = "text:words";

    private Reasons() {
    }

    /** The {@code limit} reasons with the largest absolute contribution, strongest first. */
    static List<ScoreReason> of(ScoreModel m, ArticleFeatures a, SparseVector x, int limit) {
        FeatureSpec spec = m.spec();
        double slope = m.platt().a();
        int dense = spec.dense().size();
        Map<String, Double> byOwner = new LinkedHashMap<>();
        double text = 0;
        for (int k = 0; k < x.size(); k++) {
            int i = x.index()[k];
            double c = slope * m.weight(i) * x.value()[k];
            if (i < dense) {
                byOwner.merge(owner(spec.dense().get(i)), c, Double::sum);
            } else {
                text += c;
            }
        }
        if (spec.textWeight() > 0) {
            byOwner.put(WORDS, text - slope * m.textOffset());
        }
        List<Map.Entry<String, Double>> order = new ArrayList<>(byOwner.entrySet());
        order.removeIf(e -> e.getValue() == 0);
        order.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -Math.abs(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<ScoreReason> out = new ArrayList<>();
        Document doc = a.document().orElse(null);
        for (Map.Entry<String, Double> e : order.subList(0, Math.min(limit, order.size()))) {
            out.add(reason(m, a, doc, e.getKey(), e.getValue()));
        }
        return out;
    }

    /** The short label of a reason, for summaries. */
    static String label(ScoreReason r) {
        if (!r.signalId().isEmpty()) {
            String name = Signals.info(r.signalId()).map(SignalInfo::name).orElse(r.signalId()).toLowerCase(Locale.ROOT);
            return r.feature().startsWith("measure:")
                    ? name + " (" + r.feature().substring(r.feature().lastIndexOf(':') + 1) + ")" : name;
        }
        if (r.feature().equals(WORDS)) {
            return "word choice";
        }
        String d = StyleFeatures.DESCRIPTIONS.get(r.feature());
        return d == null ? r.feature() : d;
    }

    /** Which reason a dense feature belongs to: a signal's score and cannot-judge flag to the signal; else itself. */
    static String owner(String feature) {
        if (feature.startsWith("signal:")) {
            int a = feature.indexOf(':') + 1;
            int b = feature.indexOf(':', a);
            return "signal:" + (b < 0 ? feature.substring(a) : feature.substring(a, b));
        }
        return feature;
    }

    /** The signal of a {@code measure:ID:NAME} feature. */
    private static String measureSignal(String feature) {
        int a = feature.indexOf(':') + 1;
        int b = feature.indexOf(':', a);
        return b < 0 ? feature.substring(a) : feature.substring(a, b);
    }

    private static ScoreReason reason(ScoreModel m, ArticleFeatures a, Document doc, String owner, double c) {
        if (owner.startsWith("signal:")) {
            String id = owner.substring("signal:".length());
            SignalResult r = doc == null ? null : doc.signals().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
            String name = Signals.info(id).map(SignalInfo::name).orElse(id);
            String what = r == null ? "" : r.outcome() == SignalResult.Outcome.CANNOT_JUDGE
                    ? ": could not judge (" + r.reason() + ")"
                    : String.format(Locale.ROOT, " %.2f: %s", r.score(), r.reason());
            List<Evidence> ev = r == null ? List.of() : r.evidence().subList(0, Math.min(EVIDENCE, r.evidence().size()));
            return new ScoreReason(owner, name + what, c, id, ev);
        }
        if (owner.equals(WORDS)) {
            return words(m, a, doc, c);
        }
        if (owner.startsWith("measure:")) {
            String id = measureSignal(owner);
            String measure = owner.substring("measure:".length() + id.length() + 1);
            SignalResult r = doc == null ? null : doc.signals().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
            String name = Signals.info(id).map(SignalInfo::name).orElse(id);
            int i = m.spec().dense().indexOf(owner);
            double v = a.dense().getOrDefault(owner, 0.0);
            String desc = String.format(Locale.ROOT, "%s, %s: %s (typical %s)", name, measure, number(raw(v)),
                    number(raw(m.spec().mean(i))));
            List<Evidence> ev = r == null ? List.of() : r.evidence().subList(0, Math.min(EVIDENCE, r.evidence().size()));
            return new ScoreReason(owner, desc, c, id, ev);
        }
        String d = StyleFeatures.DESCRIPTIONS.getOrDefault(owner, owner);
        int i = m.spec().dense().indexOf(owner);
        double v = a.dense().getOrDefault(owner, 0.0);
        String value = owner.equals("style:body-words")
                ? String.format(Locale.ROOT, "%.0f words (typical %.0f)", Math.expm1(v), Math.expm1(m.spec().mean(i)))
                : String.format(Locale.ROOT, "%s (typical %s)", number(v), number(m.spec().mean(i)));
        List<Evidence> ev = new ArrayList<>();
        if (doc != null) {
            for (Span s : a.styleSpans(owner)) {
                ev.add(Evidence.of(doc.text(), s, d));
            }
        }
        return new ScoreReason(owner, d + ": " + value, c, "", ev);
    }

    /** The words reason: its evidence is the words that pushed most the way the total goes. */
    private static ScoreReason words(ScoreModel m, ArticleFeatures a, Document doc, double total) {
        FeatureSpec spec = m.spec();
        double slope = m.platt().a();
        List<double[]> terms = new ArrayList<>();
        double scale = spec.termScale(a);
        collect(terms, m, a.unigrams(), a.unigramCounts(), slope * scale);
        if (spec.bigrams()) {
            collect(terms, m, a.bigrams(), a.bigramCounts(), slope * scale);
        }
        double sign = Math.signum(total);
        terms.sort(Comparator.comparingDouble(t -> -sign * t[1]));
        List<Evidence> ev = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (double[] t : terms) {
            if (ev.size() == EVIDENCE || sign * t[1] <= 0) {
                break;
            }
            Span s = a.firstSpan((int) t[0]).orElse(null);
            if (s == null || doc == null) {
                continue;
            }
            String w = s.in(doc.text());
            String lower = ArticleFeatures.word(w);
            if (shown.contains(w.toLowerCase(Locale.ROOT)) || lower.length() < 3 || StyleFeatures.STOP.contains(lower)) {
                continue; // function words count in the total but tell a reader little
            }
            shown.add(w.toLowerCase(Locale.ROOT));
            ev.add(Evidence.of(doc.text(), s, String.format(Locale.ROOT, "word choice %+.2f", t[1])));
        }
        String desc = "word choice compared with the training articles"
                + (shown.isEmpty() ? "" : ": " + String.join(", ", shown.stream().map(w -> "\"" + w + "\"").toList())
                + (sign > 0 ? " push it up" : " push it down"));
        return new ScoreReason(WORDS, desc, total, "", ev);
    }

    private static void collect(List<double[]> out, ScoreModel m, int[] hashes, float[] counts, double factor) {
        for (int i = 0; i < hashes.length; i++) {
            double c = factor * m.weight(m.spec().termIndex(hashes[i])) * Math.log1p(counts[i]);
            if (c != 0) {
                out.add(new double[] {hashes[i], c});
            }
        }
    }

    /** A measure's value before {@code sign(x) ln(1 + |x|)}. */
    private static double raw(double v) {
        return Math.signum(v) * Math.expm1(Math.abs(v));
    }

    private static String number(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.2f", v);
    }
}
