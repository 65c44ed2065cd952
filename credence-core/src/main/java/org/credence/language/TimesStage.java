package org.credence.language;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.credence.language.time.TimeExpressions;
import org.credence.model.Document;
import org.credence.model.Language;
import org.credence.model.Layer;
import org.credence.model.TimeExpression;
import org.credence.pipeline.Stage;

/** Dates and times, resolved against the article's own date (its page or record date). */
public final class TimesStage implements Stage {
    public static final String NAME = "times";
    private final TimeExpressions finder = new TimeExpressions();

    @Override public String name() { return NAME; }
    @Override public Set<Layer> requires() { return EnumSet.of(Layer.SENTENCES, Layer.ARTICLE_FIELDS); }
    @Override public Set<Layer> produces() { return EnumSet.of(Layer.TIMES); }

    @Override
    public Document apply(Document doc) {
        Language l = doc.language();
        List<TimeExpression> found = finder.find(doc.text(), l.tokens(), l.sentences(), LanguageStages.articleDate(doc));
        return doc.withLanguage(l.withTimes(LanguageStages.english(l, found, TimeExpression::span)), Layer.TIMES);
    }
}
