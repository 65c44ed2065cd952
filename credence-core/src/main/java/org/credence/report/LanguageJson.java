package org.credence.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.credence.model.Attribution;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.EntityChain;
import org.credence.model.ForeignRun;
import org.credence.model.Language;
import org.credence.model.NominalMention;
import org.credence.model.Quantity;
import org.credence.model.Quote;
import org.credence.model.Sentence;
import org.credence.model.Span;
import org.credence.model.TimeExpression;

/** The {@code language} object of the JSON report (see {@code docs/REPORT.md}). */
final class LanguageJson {

    private LanguageJson() {
    }

    static void write(ObjectNode lang, Document doc) {
        Language l = doc.language();
        lang.put("tokens", l.tokens().size());
        ArrayNode sentences = lang.putArray("sentences");
        for (Sentence se : l.sentences()) {
            sentences.addObject().put("start", se.span().start()).put("end", se.span().end());
        }
        ArrayNode foreign = lang.putArray("foreign");
        for (ForeignRun f : l.foreign()) {
            ObjectNode o = span(foreign.addObject(), f.span(), doc);
            o.put("script", f.script());
            o.put("reason", f.reason());
        }
        ArrayNode entities = lang.putArray("entities");
        for (Entity e : l.entities()) {
            ObjectNode o = span(entities.addObject(), e.span(), doc);
            o.put("type", key(e.type()));
            o.put("chain", e.chain());
            o.put("confidence", JsonReport.round(e.confidence()));
        }
        ArrayNode chains = lang.putArray("chains");
        for (EntityChain c : l.chains()) {
            ObjectNode o = chains.addObject();
            o.put("id", c.id());
            o.put("type", key(c.type()));
            o.put("name", c.name());
            o.put("mentions", c.mentions().size());
            ArrayNode nominals = o.putArray("nominals");
            for (NominalMention n : c.nominals()) {
                ObjectNode m = span(nominals.addObject(), n.span(), doc);
                m.put("reason", key(n.reason()));
                span(m.putObject("evidence"), n.evidence(), doc);
            }
        }
        ArrayNode times = lang.putArray("times");
        for (TimeExpression t : l.times()) {
            ObjectNode o = span(times.addObject(), t.span(), doc);
            o.put("kind", key(t.kind()));
            o.put("value", t.value());
            o.put("relative", t.relative());
            o.put("confidence", JsonReport.round(t.confidence()));
        }
        ArrayNode quantities = lang.putArray("quantities");
        for (Quantity q : l.quantities()) {
            ObjectNode o = span(quantities.addObject(), q.span(), doc);
            o.put("kind", key(q.kind()));
            o.put("value", q.value());
            o.put("unit", q.unit() == null ? "" : q.unit());
            o.put("approximate", q.approximate());
        }
        ArrayNode quotes = lang.putArray("quotes");
        for (Quote q : l.quotes()) {
            ObjectNode o = quotes.addObject();
            o.put("kind", key(q.kind()));
            span(o.putObject("content"), q.content(), doc);
            if (q.cue() != null) {
                span(o.putObject("cue"), q.cue(), doc).put("lemma", q.cueLemma());
            }
            Attribution a = q.source();
            ObjectNode src = o.putObject("source");
            src.put("kind", key(a.kind()));
            if (a.mention() != null) {
                span(src, a.mention(), doc);
            }
            src.put("name", a.name() == null ? "" : a.name());
            if (a.chain() >= 0) {
                src.put("chain", a.chain());
            }
            o.put("confidence", JsonReport.round(q.confidence()));
        }
    }

    private static ObjectNode span(ObjectNode o, Span s, Document doc) {
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", doc.textOf(s));
        return o;
    }

    static String key(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
