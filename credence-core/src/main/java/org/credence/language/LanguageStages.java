package org.credence.language;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.credence.model.Document;
import org.credence.model.Language;
import org.credence.structure.PublishedDates;

/** Helpers shared by the language stages. */
final class LanguageStages {

    private LanguageStages() {
    }

    /** The article's date: from the page or text, else from the record; null when unknown. */
    static LocalDate articleDate(Document doc) {
        for (String s : List.of(doc.fields().published(), PublishedDates.find(doc.metadata().published()).orElse(""))) {
            if (s.length() >= 10) {
                try {
                    return LocalDate.parse(s.substring(0, 10));
                } catch (DateTimeParseException e) {
                    // try the next
                }
            }
        }
        return null;
    }

    static <T> List<T> english(Language l, List<T> found, Function<T, org.credence.model.Span> span) {
        if (l.foreign().isEmpty()) {
            return found;
        }
        return found.stream().filter(x -> !l.isForeign(span.apply(x))).toList();
    }
}
