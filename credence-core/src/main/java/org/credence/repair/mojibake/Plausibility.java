package org.credence.repair.mojibake;

/**
 * How implausible a piece of text looks as human writing: a cost that grows with the signs of
 * mojibake. Zero for ordinary prose in any script; higher for C1 controls, symbols inside words,
 * lowercase-then-uppercase inside a word, letters of two scripts in one word, accented letters that
 * no single language uses together, rare letters (IPA, historic Cyrillic), Cyrillic letter
 * frequencies unlike real text, and similar. Only differences between costs mean anything: a
 * repair is worth it when the repaired text costs clearly less than the garbled one.
 *
 * <p>Stateless and thread-safe.
 */
public final class Plausibility {

    private Plausibility() {
    }

    /** The implausibility of {@code s}; 0 for clean text, larger is worse. */
    public static double cost(CharSequence s) {
        int n = s.length();
        double cost = 0;
        int wordStart = 0;
        int prevWordScript = -1;
        int i = 0;
        while (i <= n) {
            if (i == n || isSpace(s.charAt(i))) {
                if (i > wordStart) {
                    int nextScript = nextWordScript(s, i);
                    cost += wordCost(s, wordStart, i, prevWordScript, nextScript);
                    int ws = Scripts.dominant(s, wordStart, i);
                    if (ws >= 0) {
                        prevWordScript = ws;
                    }
                }
                if (i < n) {
                    cost += pairCost(s, i);
                }
                wordStart = i + 1;
            }
            i++;
        }
        return cost;
    }

    /**
     * The languages (a bit mask, see {@code Languages}) that use every accented Latin letter of
     * {@code s}: 0 when no single language writes them all, -1 when there are none.
     */
    static int languageMask(CharSequence s) {
        int mask = -1;
        for (int i = 0; i < s.length(); i++) {
            int m = Languages.mask(s.charAt(i));
            if (m != 0) {
                mask &= m;
            }
        }
        return mask;
    }

    /** Average cost per character, 0 for empty text. */
    public static double costPerChar(CharSequence s) {
        return s.length() == 0 ? 0 : cost(s) / s.length();
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
                || c == '\u2028' || c == '\u3000';
    }

    private static int nextWordScript(CharSequence s, int from) {
        int i = from;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < n && !isSpace(s.charAt(j)) && j - i < 40) {
            j++;
        }
        return j > i ? Scripts.dominant(s, i, j) : -1;
    }

    /** Costs of one whitespace character with its neighbours (no-break space after Ã or Â). */
    private static double pairCost(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c == '\u00A0' && i > 0 && (s.charAt(i - 1) == '\u00C3' || s.charAt(i - 1) == '\u00C2')) {
            return 2;
        }
        return 0;
    }

    private static double wordCost(CharSequence s, int from, int to, int prevWord, int nextWord) {
        double cost = 0;
        int letters = 0;
        int nonAsciiLatin = 0;
        int langMask = -1;
        int langLetters = 0;
        int uppersInRow = 0;
        int prevLetterType = 0; // 0 none, 1 lower, 2 upper, 3 uncased
        int prevScript = -1;
        int prevCp = -1;
        int oddRunStart = -1;
        int oddRunLen = 0;
        boolean letterBeforeOdd = false;
        int firstScript = -1;
        int otherAlnum = 0;
        int cyrConsonantRun = 0;
        int cyrillicLetters = 0;
        for (int i = from; i < to; ) {
            int cp = Character.codePointAt(s, i);
            int len = Character.charCount(cp);
            cost += Chars.charCost(cp);
            boolean letter = Character.isLetter(cp);
            boolean odd = Chars.isOdd(cp);
            if (odd) {
                if (oddRunStart < 0) {
                    oddRunStart = i;
                    oddRunLen = 0;
                    letterBeforeOdd = prevCp >= 0 && Character.isLetterOrDigit(prevCp);
                }
                oddRunLen++;
            } else if (oddRunStart >= 0) {
                boolean letterAfter = Character.isLetterOrDigit(cp);
                if (letterBeforeOdd && letterAfter) {
                    cost += 2.5 + 0.8 * (oddRunLen - 1);
                } else if (letterBeforeOdd || letterAfter) {
                    cost += 0.6 + 0.8 * (oddRunLen - 1);
                }
                oddRunStart = -1;
            }
            if (prevCp >= 0 && Chars.isMojibakePair(prevCp, cp)) {
                cost += (prevCp == 0xC3 || prevCp == 0xC2) ? 2 : 1.5;
            }
            if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                if (prevCp < 0 || Chars.isOdd(prevCp)) {
                    cost += 2;
                } else if (cp >= 0x370 && prevCp >= 0 && Character.isLetter(prevCp)
                        && Scripts.of(cp) != Scripts.of(prevCp)
                        && Character.UnicodeScript.of(cp) != Character.UnicodeScript.INHERITED) {
                    cost += 3;
                }
            }
            if (letter) {
                letters++;
                int script = Scripts.of(cp);
                if (firstScript < 0) {
                    firstScript = script;
                }
                if (prevScript >= 0 && script != prevScript) {
                    cost += Scripts.switchCost(prevScript, script);
                }
                prevScript = script;
                boolean upper = Character.isUpperCase(cp) || Character.isTitleCase(cp);
                boolean lower = Character.isLowerCase(cp);
                if (upper) {
                    if (prevLetterType == 1) {
                        cost += 1.5;
                    }
                    uppersInRow++;
                    prevLetterType = 2;
                } else if (lower) {
                    if (uppersInRow >= 2) {
                        cost += 1;
                    }
                    uppersInRow = 0;
                    prevLetterType = 1;
                } else {
                    prevLetterType = 3;
                    uppersInRow = 0;
                }
                if (script == Scripts.LATIN && cp >= 0x80) {
                    nonAsciiLatin++;
                    int m = Languages.mask(cp);
                    if (m != 0) {
                        langMask &= m;
                        langLetters++;
                    }
                }
                if (script == Scripts.CYRILLIC) {
                    cyrillicLetters++;
                    cost += Cyrillic.letterCost(cp, i == from || !Character.isLetter(prevCp));
                    if (Cyrillic.isConsonant(cp)) {
                        cyrConsonantRun++;
                        if (cyrConsonantRun == 5) {
                            cost += 1.5;
                        }
                    } else {
                        cyrConsonantRun = 0;
                    }
                } else {
                    cyrConsonantRun = 0;
                }
            } else if (Character.isDigit(cp)) {
                otherAlnum++;
            }
            prevCp = cp;
            i += len;
        }
        if (oddRunStart >= 0 && letterBeforeOdd) {
            cost += 0.6 + 0.8 * (oddRunLen - 1);
        }
        if (cyrillicLetters >= 3) {
            cost += Cyrillic.bigramCost(s, from, to);
        }
        if (langLetters >= 2 && langMask == 0) {
            cost += 2;
        }
        if (letters >= 3 && nonAsciiLatin >= 3 && nonAsciiLatin * 10 >= letters * 6) {
            cost += 0.7 * nonAsciiLatin;
        }
        // a lone letter of a script its neighbours do not use ("5×35" read as Hebrew)
        if (letters == 1 && firstScript >= 0 && firstScript != Scripts.LATIN
                && prevWord != firstScript && nextWord != firstScript
                && (prevWord >= 0 || nextWord >= 0 || otherAlnum > 0)) {
            cost += 3;
        }
        return cost;
    }
}
