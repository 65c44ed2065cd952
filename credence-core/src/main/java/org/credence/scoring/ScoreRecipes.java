package org.credence.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * How each shipped score is trained: what it scores, the candidates compared by grouped
 * cross-validation, and the number of folds. {@code credence train} and {@code credence eval}
 * use the same recipes, so an evaluation measures the way the shipped model was made.
 */
public final class ScoreRecipes {

    /**
     * One score's recipe.
     *
     * @param definition what is scored
     * @param grid       candidates
     * @param folds      grouped folds for choosing a candidate and fitting the calibration
     */
    public record Recipe(ScoreTrainer.Definition definition, List<ScoreTrainer.Params> grid, int folds) {
        public Recipe {
            grid = List.copyOf(grid);
            if (grid.isEmpty() || folds < 2) {
                throw new IllegalArgumentException("a recipe needs candidates and at least 2 folds");
            }
        }
    }

    static final long SEED = 42;

    /**
     * P(unreliable): false or mostly false, as fact-checkers rate articles. Candidates: word
     * part of length 1 or 2 beside the signal and style features at 0.15, 0.3 or 1.
     */
    public static final Recipe UNRELIABLE = new Recipe(new ScoreTrainer.Definition("unreliable", "Unreliable",
            "the article is false or mixes in falsehoods, like articles fact-checkers rated so", "reliable",
            "unreliable", 0.3, 0.7), grid(new double[] {1, 2}, new double[] {0.15, 0.3, 1}), 5);

    /**
     * P(hyperpartisan): one-sided, inflammatory, argued for a party. Candidates: word part of
     * length 1 or 2 beside the signal and style features at 0.15 or 0.3.
     */
    public static final Recipe HYPERPARTISAN = new Recipe(new ScoreTrainer.Definition("hyperpartisan", "Hyperpartisan",
            "the article is hyperpartisan (argues one side with blind or inflammatory loyalty)", "mainstream",
            "hyperpartisan", 0.3, 0.7), grid(new double[] {1, 2}, new double[] {0.15, 0.3}), 5);

    private ScoreRecipes() {
    }

    /** The recipe of a score by id. */
    public static Recipe of(String id) {
        return switch (id) {
            case "unreliable" -> UNRELIABLE;
            case "hyperpartisan" -> HYPERPARTISAN;
            default -> throw new IllegalArgumentException("no score recipe '" + id + "' (unreliable, hyperpartisan)");
        };
    }

    /** Unigrams in 18 bits, L2 1e-4, 10 epochs at AdaGrad rate 0.03, seed 42. */
    private static List<ScoreTrainer.Params> grid(double[] textWeights, double[] denseWeights) {
        List<ScoreTrainer.Params> g = new ArrayList<>();
        for (double t : textWeights) {
            for (double d : denseWeights) {
                g.add(new ScoreTrainer.Params(t, false, 18, d, 1e-4, 10, 0.03, SEED));
            }
        }
        return g;
    }
}
