package org.credence.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.credence.ml.SparseVector;
import org.junit.jupiter.api.Test;

class FeatureSpecTest {

    private static ArticleFeatures f(double a, double b, int[] terms, float[] counts) {
        return ArticleFeatures.of(Map.of("a", a, "b", b), terms, counts, new int[0], new float[0], null);
    }

    @Test
    void standardisesDenseFeaturesAndScalesTheWords() {
        List<ArticleFeatures> train = List.of(f(0, 1, new int[] {5}, new float[] {1}), f(2, 1, new int[] {5}, new float[] {3}),
                f(4, 0, new int[0], new float[0]));
        FeatureSpec spec = FeatureSpec.fit(train, 0, 2, 4, 0.5, false);
        assertEquals(List.of("a", "b"), spec.dense());
        assertEquals(2, spec.mean()[0], 1e-12);
        SparseVector x = spec.vector(f(2 + spec.std()[0], 1, new int[] {5, 21}, new float[] {1, 1}));
        assertEquals(0, x.index()[0]);
        assertEquals(2.0, x.value()[0], 1e-6, "one deviation above the mean, times the dense weight");
        // terms 5 and 21 fold to the same of 16 slots: their values add, the word part has length 0.5
        assertEquals(spec.dense().size() + 5, x.index()[x.size() - 1]);
        assertEquals(2 * 0.5 / Math.sqrt(2), x.value()[x.size() - 1], 1e-6);
        assertEquals(2 + 16, spec.dimension());
    }

    @Test
    void rareFeaturesAreLeftOutAndValuesClipped() {
        List<ArticleFeatures> train = List.of(f(0, 0, new int[0], new float[0]), f(0, 0, new int[0], new float[0]),
                f(1, 0, new int[0], new float[0]), f(1, 0, new int[0], new float[0]));
        FeatureSpec spec = FeatureSpec.fit(train, 0.5, 1, 4, 0, false);
        assertEquals(List.of("a"), spec.dense(), "b is never non-zero");
        assertEquals(FeatureSpec.CLIP, spec.standardised(0, 1e9), 1e-12);
        assertEquals(1, spec.vector(f(1e9, 0, new int[] {3}, new float[] {1})).size(), "text weight 0: no words");
    }

    @Test
    void howTheTextReachedUsIsNeverAFeature() {
        List<ArticleFeatures> train = List.of(
                ArticleFeatures.of(Map.of("a", 1.0, "measure:sloppiness:bylineMissing", 1.0, "measure:sloppiness:dateMissing", 1.0),
                        new int[0], new float[0], new int[0], new float[0], null),
                ArticleFeatures.of(Map.of("a", 2.0, "measure:sloppiness:bylineMissing", 0.0, "measure:sloppiness:dateMissing", 1.0),
                        new int[0], new float[0], new int[0], new float[0], null));
        FeatureSpec spec = FeatureSpec.fit(train, 0, 1, 4, 0, false);
        assertEquals(List.of("a"), spec.dense(), "byline and date presence depend on the input format, not the article");
    }

    @Test
    void badSpecsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FeatureSpec(List.of("a"), new double[] {0}, new double[] {0}, 1, 4, 0, false));
        assertThrows(IllegalArgumentException.class, () -> new FeatureSpec(List.of("a"), new double[] {0}, new double[] {1}, 1, 30, 0, false));
    }
}
