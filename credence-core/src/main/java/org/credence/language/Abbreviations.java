package org.credence.language;

import java.util.Arrays;
import java.util.Set;

/**
 * The word lists the tokenizer and the sentence splitter share. Matching is case-sensitive
 * ("Ill." is Illinois, "ill." is not), on the word without its final period.
 *
 * <ul>
 *   <li>{@link #TITLES}: abbreviations that almost never end a sentence (Mr., Dr., Gen., Sen.,
 *       St., vs., e.g.); the splitter never splits after them except at a paragraph break.</li>
 *   <li>{@link #BEFORE_NUMBER}: abbreviations that are ones only before a number (No. 10,
 *       p. 5, Art. 3); "He said no." keeps its period separate.</li>
 *   <li>{@link #MAY_END}: abbreviations that often end a sentence (Inc., Jr., etc., months,
 *       state names); the splitter splits after them when the next word is a
 *       {@link #STARTERS sentence starter}. Dotted abbreviations (U.S., a.m.) and initials behave
 *       the same way.</li>
 * </ul>
 */
final class Abbreviations {

    private Abbreviations() {
    }

    /** Like {@code Set.of}, but a word listed twice is no error. */
    private static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    static final Set<String> TITLES = of(
            "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Gen", "Gens", "Sen", "Sens",
            "Rep", "Reps", "Gov", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr", "Adm", "Sgt", "Cpl", "Pvt", "Pfc",
            "Spc", "Rev", "Hon", "Msgr", "Fr", "St", "Ste", "Mt", "Ft", "Pres", "Supt", "Insp", "Det", "Atty",
            "Amb", "Rt", "Gov", "Brig", "Lieut", "Cmdt", "Sup",
            "vs", "v", "cf", "ret", "Ret", "approx", "ca", "viz", "incl", "esp", "resp", "e.g", "i.e", "E.g", "I.e");

    static final Set<String> BEFORE_NUMBER = of(
            "No", "no", "Nos", "nos", "NO", "Art", "art", "Arts", "p", "pp", "Vol", "vol", "Vols", "Fig", "fig",
            "Figs", "Ch", "ch", "Chap", "Sec", "sec", "Para", "para", "Ref", "ref", "Tel", "tel", "Ext", "ext",
            "Nr", "nr", "Pt", "pt", "Reg", "Rs", "Sch", "Ed", "ed", "Op", "op");

    static final Set<String> MAY_END = of(
            "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "Jr", "Sr", "etc", "al", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Rd", "Hwy", "Sq", "Dept",
            "Univ", "Assn", "Intl", "Est", "est", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
            "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
            "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
            "ft", "lb", "lbs", "oz", "hr", "hrs", "yr", "yrs", "mos", "min", "cu", "sq");

    /** Capitalised words that typically start a sentence; after U.S., Inc. or an initial they mark a new one. */
    static final Set<String> STARTERS = of(
            "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those",
            "There", "Here", "But", "And", "Or", "So", "Yet", "In", "On", "At", "As", "After", "Before", "When",
            "While", "If", "Although", "Though", "However", "Meanwhile", "Still", "Also", "Its", "His", "Her",
            "Their", "Our", "My", "Your", "Some", "Many", "Most", "Much", "Not", "For", "With", "By", "From",
            "What", "Why", "How", "Who", "Whom", "Where", "Which", "According", "Despite", "Since", "Then",
            "Now", "Last", "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "One", "Two", "Both", "All",
            "Each", "Every", "Other", "Such", "More", "Few", "Several", "Under", "Over", "During", "Because",
            "Unlike", "Like", "Instead", "Neither", "Nor", "Even", "Only", "Just", "Such", "To", "Of", "Until",
            "Once", "Whether", "Asked", "Officials", "Police", "Critics", "Analysts", "Experts", "Researchers",
            "Nevertheless", "Nonetheless", "Thus", "Therefore", "Indeed", "Instead", "Otherwise", "Overall",
            "Ultimately", "Finally", "First", "Second", "Third", "Next", "Another", "Among", "Between", "Within",
            "Without", "Through", "About", "Against", "Around", "Across", "Following", "Given", "Further");

    /** Lower-case words a heading line does not end with; a line ending in one is wrapped prose. */
    static final Set<String> LINE_CONTINUES = of(
            "the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "nor",
            "that", "which", "who", "whom", "whose", "as", "is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "said",
            "says", "than", "into", "onto", "about", "over", "after", "before", "under", "between", "its", "their",
            "his", "her", "our", "your", "my", "this", "these", "those", "not", "no", "if", "when", "while",
            "where", "because", "since", "so", "such", "very", "more", "most", "also", "both", "either", "per");

    static boolean isTitle(String w) {
        return TITLES.contains(w);
    }

    /** Whether the period after {@code w} belongs to it (before-number abbreviations are asked separately). */
    static boolean attachesPeriod(String w) {
        return TITLES.contains(w) || MAY_END.contains(w);
    }
}
