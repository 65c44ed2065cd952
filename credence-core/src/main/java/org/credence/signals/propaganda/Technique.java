package org.credence.signals.propaganda;

import java.util.Locale;
import java.util.Optional;

/**
 * The 14 technique classes of SemEval-2020 task 11 (PTC version 2): the corpus's 18 techniques
 * with Bandwagon and Reductio ad Hitlerum merged, Whataboutism, Straw Men and Red Herring
 * merged, and Obfuscation dropped. {@link #label()} is the corpus's spelling,
 * {@link #plainName()} the words a report shows.
 */
public enum Technique {
    APPEAL_TO_AUTHORITY("Appeal_to_Authority", "appeal to authority"),
    APPEAL_TO_FEAR_PREJUDICE("Appeal_to_fear-prejudice", "appeal to fear or prejudice"),
    BANDWAGON_REDUCTIO_AD_HITLERUM("Bandwagon,Reductio_ad_hitlerum", "bandwagon or reductio ad hitlerum"),
    BLACK_AND_WHITE_FALLACY("Black-and-White_Fallacy", "black-and-white fallacy"),
    CAUSAL_OVERSIMPLIFICATION("Causal_Oversimplification", "causal oversimplification"),
    DOUBT("Doubt", "doubt"),
    EXAGGERATION_MINIMISATION("Exaggeration,Minimisation", "exaggeration or minimisation"),
    FLAG_WAVING("Flag-Waving", "flag-waving"),
    LOADED_LANGUAGE("Loaded_Language", "loaded language"),
    NAME_CALLING_LABELING("Name_Calling,Labeling", "name calling"),
    REPETITION("Repetition", "repetition"),
    SLOGANS("Slogans", "slogan"),
    THOUGHT_TERMINATING_CLICHES("Thought-terminating_Cliches", "thought-terminating cliché"),
    WHATABOUTISM_STRAW_MEN_RED_HERRING("Whataboutism,Straw_Men,Red_Herring", "whataboutism, straw man or red herring");

    private final String label;
    private final String plainName;

    Technique(String label, String plainName) {
        this.label = label;
        this.plainName = plainName;
    }

    /** The corpus's label, e.g. {@code Name_Calling,Labeling}. */
    public String label() {
        return label;
    }

    /** Plain words for reports, e.g. "name calling". */
    public String plainName() {
        return plainName;
    }

    /** A stable key for measures and JSON, e.g. {@code name-calling-labeling}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The technique with this corpus label (case-insensitive), if any. */
    public static Optional<Technique> ofLabel(String label) {
        for (Technique t : values()) {
            if (t.label.equalsIgnoreCase(label.strip())) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
