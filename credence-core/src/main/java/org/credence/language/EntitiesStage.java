package org.credence.language;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.credence.language.coref.NominalLinker;
import org.credence.language.ner.EntityLinker;
import org.credence.language.ner.EntityRecognizer;
import org.credence.model.Document;
import org.credence.model.Entity;
import org.credence.model.Language;
import org.credence.model.Layer;
import org.credence.pipeline.Stage;

/**
 * Named entities with the shipped NER model, linked into chains within the article, with the
 * nominal mentions ("the foreign minister", "the company") linked to them. The model
 * loads once, on first use, and is shared by all threads. Sentences that are not English are
 * skipped by the recognizer.
 */
public final class EntitiesStage implements Stage {

    public static final String NAME = EntityRecognizer.NAME;

    private final Supplier<EntityRecognizer> recognizer;
    private final EntityLinker linker = new EntityLinker();
    private final NominalLinker nominals = new NominalLinker();

    /** The stage with the shipped model, loaded on first use. */
    public EntitiesStage() {
        this.recognizer = EntityRecognizer::standard;
    }

    /** The stage with a loaded recognizer (tests, other models). */
    public EntitiesStage(EntityRecognizer recognizer) {
        this.recognizer = () -> recognizer;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Layer> requires() {
        return EnumSet.of(Layer.SENTENCES);
    }

    @Override
    public Set<Layer> produces() {
        return EnumSet.of(Layer.ENTITIES);
    }

    @Override
    public Document apply(Document doc) {
        Language l = doc.language();
        List<Entity> found = DatelinePlaces.retype(doc, LanguageStages.english(l,
                recognizer.get().recognize(doc.text(), l.tokens(), l.sentences()), Entity::span));
        EntityLinker.Linked linked = linker.link(doc.text(), found);
        Language named = l.withEntities(linked.entities(), linked.chains());
        return doc.withLanguage(named.withEntities(linked.entities(), nominals.link(doc.text(), named)), Layer.ENTITIES);
    }
}
