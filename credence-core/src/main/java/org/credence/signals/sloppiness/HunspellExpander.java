package org.credence.signals.sloppiness;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Expands a Hunspell dictionary ({@code .dic} stems with flags, {@code .aff} prefix and suffix
 * rules) into its word forms, at build time, so the shipped list needs no affix engine.
 *
 * <p>Supports what the SCOWL-derived English dictionaries use: {@code PFX}/{@code SFX} rules with
 * a strip string, an affix and a condition (a character-class pattern matched at the start of the
 * stem for prefixes and at its end for suffixes), and the cross-product flag that lets a prefix
 * and a suffix combine. Affix continuation classes, compounding rules ({@code COMPOUNDRULE},
 * {@code ONLYINCOMPOUND}) and stems containing digits are left out: they only generate ordinal
 * numbers in these dictionaries, which the tokenizer reads as numbers anyway.
 */
final class HunspellExpander {

    /** One affix rule. */
    private record Rule(boolean prefix, boolean cross, String strip, String affix, Pattern condition) {
        boolean applies(String stem) {
            if (stem.length() <= strip.length()) {
                return false;
            }
            if (prefix ? !stem.startsWith(strip) : !stem.endsWith(strip)) {
                return false;
            }
            return condition.matcher(stem).find();
        }

        String apply(String stem) {
            return prefix ? affix + stem.substring(strip.length())
                    : stem.substring(0, stem.length() - strip.length()) + affix;
        }
    }

    private final Map<Character, List<Rule>> rules;

    private HunspellExpander(Map<Character, List<Rule>> rules) {
        this.rules = rules;
    }

    /** Reads the affix rules of an {@code .aff} file (UTF-8). */
    static HunspellExpander read(Path aff) throws IOException {
        Map<Character, List<Rule>> rules = new HashMap<>();
        Map<Character, Boolean> cross = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(aff, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 4 || !(f[0].equals("PFX") || f[0].equals("SFX")) || f[1].length() != 1) {
                    continue;
                }
                boolean prefix = f[0].equals("PFX");
                char flag = f[1].charAt(0);
                if (f.length == 4) { // header: PFX A Y 1
                    cross.put(flag, f[2].equals("Y"));
                    continue;
                }
                String strip = f[2].equals("0") ? "" : f[2];
                String affix = f[3].equals("0") ? "" : f[3];
                if (affix.indexOf('/') >= 0) {
                    affix = affix.substring(0, affix.indexOf('/')); // continuation classes: not used
                }
                String cond = f.length > 4 ? f[4] : ".";
                Pattern p = Pattern.compile(prefix ? "^" + cond : cond + "$");
                rules.computeIfAbsent(flag, k -> new ArrayList<>())
                        .add(new Rule(prefix, cross.getOrDefault(flag, false), strip, affix, p));
            }
        }
        return new HunspellExpander(rules);
    }

    /**
     * Calls {@code out} with every word form of the {@code .dic} file: each stem and what its
     * flags derive from it. Stems with digits are skipped; forms may repeat.
     */
    void expand(Path dic, Consumer<String> out) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(dic, StandardCharsets.UTF_8)) {
            String line = r.readLine(); // the count
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty()) {
                    continue;
                }
                int slash = line.indexOf('/');
                String stem = slash < 0 ? line : line.substring(0, slash);
                String flags = slash < 0 ? "" : line.substring(slash + 1);
                if (stem.chars().anyMatch(Character::isDigit)) {
                    continue;
                }
                expandStem(stem, flags, out);
            }
        }
    }

    /** The forms of one stem with the given flags (the stem first). */
    void expandStem(String stem, String flags, Consumer<String> out) {
        out.accept(stem);
        List<Rule> prefixes = new ArrayList<>();
        List<Rule> suffixes = new ArrayList<>();
        for (char c : flags.toCharArray()) {
            for (Rule rule : rules.getOrDefault(c, List.of())) {
                (rule.prefix() ? prefixes : suffixes).add(rule);
            }
        }
        for (Rule s : suffixes) {
            if (s.applies(stem)) {
                String form = s.apply(stem);
                out.accept(form);
                if (s.cross()) {
                    for (Rule p : prefixes) {
                        if (p.cross() && p.applies(form)) {
                            out.accept(p.apply(form));
                        }
                    }
                }
            }
        }
        for (Rule p : prefixes) {
            if (p.applies(stem)) {
                out.accept(p.apply(stem));
            }
        }
    }

    /** Flags the expander knows, for tests. */
    Set<Character> flags() {
        return rules.keySet();
    }
}
