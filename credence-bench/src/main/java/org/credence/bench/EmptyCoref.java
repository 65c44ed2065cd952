package org.credence.bench;

import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import java.util.HashMap;
import java.util.Properties;
import java.util.Set;

/**
 * A CoreNLP annotator that sets an empty coreference chain map, so that quote attribution can run
 * without the (slow) statistical coreference system: CoreNLP's cheapest quote-attribution setup.
 */
public final class EmptyCoref implements Annotator {

    public EmptyCoref(String name, Properties props) {
        // no configuration
    }

    @Override
    public void annotate(Annotation annotation) {
        annotation.set(CorefCoreAnnotations.CorefChainAnnotation.class, new HashMap<>());
        var mentions = annotation.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (var m : mentions) {
                // Each entity mention is its own canonical mention: no coreference.
                m.set(CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class,
                        m.get(CoreAnnotations.EntityMentionIndexAnnotation.class));
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(CorefCoreAnnotations.CorefChainAnnotation.class,
                CoreAnnotations.CanonicalEntityMentionIndexAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of();
    }
}
