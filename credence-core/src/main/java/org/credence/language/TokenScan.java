package org.credence.language;

import org.credence.model.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.credence.model.Span;

/** The state of one call: the text, its bounds, the output and two caches that keep the scan linear. */
final class TokenScan {

    /** Letters after digits that keep the token a number: 1990s, 1.5bn, 10am, 21st, 5km. */
    private static final Set<String> UNITS = Set.of(
            "s", "st", "nd", "rd", "th", "bn", "mn", "m", "k", "K", "b", "tn", "trn", "am", "pm", "AM", "PM",
            "km", "kg", "g", "mg", "ml", "l", "cm", "mm", "mph", "kph", "kmh", "ft", "lb", "lbs", "oz", "GB",
            "MB", "TB", "KB", "kb", "GHz", "MHz", "Hz", "kW", "MW", "GW", "kWh", "MWh", "GWh", "TWh", "x", "bp",
            "pc", "C", "F", "sq", "ha", "yo", "BN", "M");

    private final String s;
    private final int from;
    private final int limit;
    private final ArrayList<Token> out;
    /** No e-mail address starts before this offset (a failed scan already looked). */
    private int noEmailBefore;
    /** No bare domain starts before this offset. */
    private int noDomainBefore;

    TokenScan(String s, int from, int limit) {
        this.s = s;
        this.from = from;
        this.limit = limit;
        this.out = new ArrayList<>(Math.max(8, (limit - from) / 5));
    }

    List<Token> run() {
        int i = from;
        while (i < limit) {
            int cp = Chars.cpAt(s, i, limit);
            if (Chars.isSpace(cp)) {
                i += Character.charCount(cp);
            } else {
                i = token(i, cp);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private int token(int i, int cp) {
        if (Chars.isAlnum(cp)) {
            return word(i, cp);
        }
        int next = i + 1 < limit ? Chars.cpAt(s, i + 1, limit) : -1;
        switch (cp) {
            case '.':
                if (Chars.isDigit(next) && !Chars.isAlnum(prev(i))) {
                    int e = chunk(i + 1);
                    if (kindOf(i + 1, e) == Token.Kind.NUMBER) {
                        return emit(i, percent(e), Token.Kind.NUMBER);
                    }
                }
                return terminalRun(i);
            case '\'':
            case 0x2019:
            case 0x02BC:
                return apostrophe(i);
            case '-':
                return next == '-' ? run(i, '-') : signed(i, next, Token.Kind.PUNCT);
            case '+':
            case 0x2212:
                return signed(i, next, Token.Kind.SYMBOL);
            case '@':
                return handle(i);
            case '#':
            case '*':
                if (next == 0xFE0F || next == 0x20E3) {
                    return emoji(i);
                }
                return cp == '#' ? hashtag(i) : emit(i, i + 1, Token.Kind.SYMBOL);
            default:
                break;
        }
        if (Chars.isTerminal(cp)) {
            return terminalRun(i);
        }
        if (Chars.isEmojiStart(cp) || (next == 0xFE0F && Chars.isTextEmoji(cp))) {
            return emoji(i);
        }
        int n = Character.charCount(cp);
        if (Chars.isExtender(cp)) {
            return emit(i, i + n, Token.Kind.OTHER);
        }
        switch (Character.getType(cp)) {
            case Character.DASH_PUNCTUATION:
                return run(i, cp);
            case Character.CONNECTOR_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.END_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.FINAL_QUOTE_PUNCTUATION:
            case Character.OTHER_PUNCTUATION:
                return emit(i, i + n, Chars.isSymbolPunct(cp) ? Token.Kind.SYMBOL : Token.Kind.PUNCT);
            case Character.MATH_SYMBOL:
            case Character.CURRENCY_SYMBOL:
            case Character.MODIFIER_SYMBOL:
            case Character.OTHER_SYMBOL:
                return emit(i, i + n, Token.Kind.SYMBOL);
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
                return emit(i, i + n, Token.Kind.NUMBER);
            default:
                return emit(i, i + n, Token.Kind.OTHER);
        }
    }

    /** A token that starts with a letter or digit: URL, e-mail, domain, abbreviation, word or number. */
    private int word(int i, int cp) {
        if (cp < 128) {
            if (i + 1 < limit && (s.charAt(i + 1) == 0xFE0F || s.charAt(i + 1) == 0x20E3) && Chars.isDigit(cp)) {
                return emoji(i);
            }
            if (WebTokens.startsUrl(s, i, limit)) {
                return emit(i, WebTokens.urlEnd(s, i, limit), Token.Kind.URL);
            }
            if (i >= noEmailBefore) {
                int e = WebTokens.email(s, i, limit);
                if (e > 0) {
                    return emit(i, e, Token.Kind.EMAIL);
                }
                noEmailBefore = -e - 1;
            }
            if (i >= noDomainBefore) {
                int e = WebTokens.domain(s, i, limit);
                if (e > 0) {
                    return emit(i, e, Token.Kind.URL);
                }
                noDomainBefore = -e - 1;
            }
        }
        if (Chars.isIdeograph(cp)) {
            return emit(i, i + Character.charCount(cp), Token.Kind.WORD);
        }
        if (Chars.isLetter(cp)) {
            int d = dotted(i);
            if (d > 0) {
                if (d + 1 < limit && Chars.isHyphen(s.charAt(d)) && Chars.isAlnum(Chars.cpAt(s, d + 1, limit))) {
                    d = chunk(d + 1);
                }
                return emit(i, d, Token.Kind.WORD);
            }
        }
        return finishWord(i, chunk(i));
    }

    /** The end of a dotted abbreviation (U.S., e.g., a.m., Ph.D.) at {@code i}, or -1. */
    private int dotted(int i) {
        int j = i;
        int groups = 0;
        while (j < limit) {
            int k = j;
            int letters = 0;
            while (k < limit && letters < 3) {
                int cp = Chars.cpAt(s, k, limit);
                if (!Chars.isLetter(cp)) {
                    break;
                }
                k += Character.charCount(cp);
                letters++;
            }
            if (letters == 0 || letters > 2 || k >= limit || s.charAt(k) != '.') {
                break;
            }
            groups++;
            j = k + 1;
        }
        return groups >= 2 ? j : -1;
    }

    /**
     * The end of the run of letters, digits and marks from {@code i}, joined across inner
     * hyphens, apostrophes, number separators and the {@code &} of AT&amp;T.
     */
    private int chunk(int i) {
        int j = i;
        int last = -1;
        while (true) {
            while (j < limit) {
                int cp = Chars.cpAt(s, j, limit);
                if (Chars.isWordChar(cp) && !Chars.isIdeograph(cp)) {
                    last = cp;
                    j += Character.charCount(cp);
                } else if ((cp == Chars.ZWJ || cp == Chars.ZWNJ || cp == Chars.SOFT_HYPHEN) && last != -1
                        && j + 1 < limit && Chars.isWordChar(Chars.cpAt(s, j + 1, limit))) {
                    j++;
                } else {
                    break;
                }
            }
            if (j + 1 >= limit || last == -1) {
                return j;
            }
            char c = s.charAt(j);
            int next = Chars.cpAt(s, j + 1, limit);
            boolean join;
            if (Chars.isHyphen(c)) {
                join = Chars.isAlnum(next);
            } else if (c == '.' || c == ',' || c == ':' || c == '/' || c == 0x2013) {
                join = Chars.isDigit(last) && Chars.isDigit(next);
            } else if (c == '&') {
                join = Character.isUpperCase(last) && Character.isUpperCase(next);
            } else if (Chars.isApostrophe(c)) {
                join = Chars.isDigit(last) && thousands(j + 1) || Chars.isAlnum(last) && Chars.isLetter(next);
            } else {
                join = false;
            }
            if (!join) {
                return j;
            }
            j++;
        }
    }

    /** Exactly three digits at {@code k}: the group after a Swiss thousands apostrophe. */
    private boolean thousands(int k) {
        return k + 3 <= limit && Chars.isDigit(s.charAt(k)) && Chars.isDigit(s.charAt(k + 1))
                && Chars.isDigit(s.charAt(k + 2)) && (k + 3 == limit || !Chars.isAlnum(s.charAt(k + 3)));
    }

    /** Emits the chunk {@code [i, e)}: split off a contraction, take an abbreviation's period or a percent sign. */
    private int finishWord(int i, int e) {
        int split = contraction(i, e);
        if (split > i) {
            emit(i, split, kindOf(i, split));
            return emit(split, e, Token.Kind.WORD);
        }
        Token.Kind kind = kindOf(i, e);
        if (e < limit && s.charAt(e) == '.' && !(e + 1 < limit && s.charAt(e + 1) == '.')
                && takesPeriod(i, e, kind)) {
            return emit(i, e + 1, kind);
        }
        return emit(i, kind == Token.Kind.NUMBER ? percent(e) : e, kind);
    }

    private int percent(int e) {
        return e < limit && (s.charAt(e) == '%' || s.charAt(e) == 0x2030) ? e + 1 : e;
    }

    /** Where a Penn-style contraction suffix starts in {@code [i, e)} (n't 's 'm 'd 'll 're 've), or -1. */
    private int contraction(int i, int e) {
        int len = e - i;
        if (len >= 4 && Chars.isApostrophe(s.charAt(e - 2)) && (s.charAt(e - 1) | 0x20) == 't'
                && (s.charAt(e - 3) | 0x20) == 'n') {
            return e - 3;
        }
        for (int k = e - 1; k > i && k >= e - 3; k--) {
            if (Chars.isApostrophe(s.charAt(k))) {
                return isSuffix(k + 1, e) ? k : -1;
            }
        }
        return -1;
    }

    /** 's 'm 'd 'll 're 've after the apostrophe, in any case. */
    private boolean isSuffix(int a, int e) {
        int n = e - a;
        if (n == 1) {
            int c = s.charAt(a) | 0x20;
            return c == 's' || c == 'm' || c == 'd';
        }
        if (n == 2) {
            int c = s.charAt(a) | 0x20;
            int d = s.charAt(a + 1) | 0x20;
            return c == 'l' && d == 'l' || c == 'r' && d == 'e' || c == 'v' && d == 'e';
        }
        return false;
    }

    private boolean takesPeriod(int i, int e, Token.Kind kind) {
        if (kind == Token.Kind.NUMBER) {
            return e - i <= 2 && allDigits(i, e) && atLineStart(i) && (e + 1 == limit || Chars.isSpace(s.charAt(e + 1)));
        }
        int cp = Chars.cpAt(s, i, limit);
        if (Character.charCount(cp) == e - i && Character.isUpperCase(cp)) {
            return true;
        }
        if (e - i > 12) {
            return false;
        }
        String w = s.substring(i, e);
        if (Abbreviations.attachesPeriod(w)) {
            return true;
        }
        int hyphen = Math.max(w.lastIndexOf('-'), w.lastIndexOf(0x2010));
        if (hyphen > 0 && Abbreviations.MAY_END.contains(w.substring(hyphen + 1))) {
            return true; // D-Mass., R-Calif.
        }
        return Abbreviations.BEFORE_NUMBER.contains(w) && digitFollows(e + 1);
    }

    private boolean digitFollows(int k) {
        while (k < limit && (s.charAt(k) == ' ' || s.charAt(k) == 0xA0)) {
            k++;
        }
        return k < limit && Chars.isDigit(s.charAt(k));
    }

    private boolean allDigits(int i, int e) {
        for (int k = i; k < e; k++) {
            if (!Chars.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean atLineStart(int i) {
        int k = i - 1;
        while (k >= from && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k--;
        }
        return k < from || s.charAt(k) == '\n' || s.charAt(k) == '\r';
    }

    /** NUMBER when {@code [i, e)} has no letters, or digits then a unit suffix; WORD otherwise. */
    private Token.Kind kindOf(int i, int e) {
        int firstLetter = -1;
        boolean hyphen = false;
        boolean digit = false;
        for (int k = i; k < e; k++) {
            char c = s.charAt(k);
            if (c < 128 ? Chars.isLetter(c) : Character.isLetter(c) || Character.isSurrogate(c)) {
                if (firstLetter < 0) {
                    firstLetter = k;
                }
            } else if (Chars.isHyphen(c)) {
                hyphen = true;
            } else if (c < 128 ? Chars.isDigit(c) : Character.isDigit(c)) {
                digit = true;
                if (firstLetter >= 0) {
                    return Token.Kind.WORD;
                }
            }
        }
        if (firstLetter < 0) {
            return digit ? Token.Kind.NUMBER : Token.Kind.WORD;
        }
        if (firstLetter == i || hyphen || !digit) {
            return Token.Kind.WORD;
        }
        return UNITS.contains(s.substring(firstLetter, e)) ? Token.Kind.NUMBER : Token.Kind.WORD;
    }

    private int apostrophe(int i) {
        // ’90s, '06
        if (i + 2 < limit && Chars.isDigit(s.charAt(i + 1)) && Chars.isDigit(s.charAt(i + 2))
                && !Chars.isAlnum(prev(i))) {
            int e = i + 3;
            if (e < limit && s.charAt(e) == 's') {
                e++;
            }
            if (e == limit || !Chars.isAlnum(Chars.cpAt(s, e, limit))) {
                return emit(i, e, Token.Kind.NUMBER);
            }
        }
        // U.S.'s, example.com's: a suffix glued to the token before
        if (!out.isEmpty() && out.get(out.size() - 1).end() == i) {
            int e = i + 1;
            while (e < limit && e < i + 3 && Chars.isLetter(s.charAt(e))) {
                e++;
            }
            if (e > i + 1 && isSuffix(i + 1, e) && (e == limit || !Chars.isAlnum(Chars.cpAt(s, e, limit)))) {
                return emit(i, e, Token.Kind.WORD);
            }
        }
        return emit(i, i + 1, Token.Kind.PUNCT);
    }

    /** A sign before a number (-5, +3.2%, −2) after a space, bracket or slash; else the sign alone. */
    private int signed(int i, int next, Token.Kind alone) {
        int p = prev(i);
        if (Chars.isDigit(next) && (p == -1 || Chars.isSpace(p) || p == '(' || p == '[' || p == '/')) {
            int e = chunk(i + 1);
            if (kindOf(i + 1, e) == Token.Kind.NUMBER) {
                return emit(i, percent(e), Token.Kind.NUMBER);
            }
        }
        return emit(i, i + 1, alone);
    }

    private int handle(int i) {
        int e = i + 1;
        while (e < limit && (Chars.isAsciiAlnum(s.charAt(e)) || s.charAt(e) == '_')) {
            e++;
        }
        if (e > i + 1 && !Chars.isAlnum(prev(i))) {
            return emit(i, e, Token.Kind.HANDLE);
        }
        return emit(i, i + 1, Token.Kind.SYMBOL);
    }

    private int hashtag(int i) {
        int e = i + 1;
        boolean letter = false;
        while (e < limit) {
            int cp = Chars.cpAt(s, e, limit);
            if (!(Chars.isWordChar(cp) || cp == '_')) {
                break;
            }
            letter |= Character.isLetter(cp);
            e += Character.charCount(cp);
        }
        if (letter && !Chars.isAlnum(prev(i))) {
            return emit(i, e, Token.Kind.HASHTAG);
        }
        return emit(i, i + 1, Token.Kind.SYMBOL);
    }

    /** One emoji: a flag (two regional indicators), a keycap, or a base with modifiers and ZWJ-joined parts. */
    private int emoji(int i) {
        int cp = Chars.cpAt(s, i, limit);
        int e = i + Character.charCount(cp);
        if (Chars.isRegionalIndicator(cp) && e < limit && Chars.isRegionalIndicator(Chars.cpAt(s, e, limit))) {
            e += 2;
        }
        while (e < limit) {
            int m = Chars.cpAt(s, e, limit);
            if (Chars.isEmojiModifier(m)) {
                e += Character.charCount(m);
            } else if (m == Chars.ZWJ && e + 1 < limit && isEmojiPart(Chars.cpAt(s, e + 1, limit))) {
                e += 1 + Character.charCount(Chars.cpAt(s, e + 1, limit));
            } else {
                break;
            }
        }
        return emit(i, e, Token.Kind.EMOJI);
    }

    private static boolean isEmojiPart(int cp) {
        return Chars.isEmojiStart(cp) || Chars.isTextEmoji(cp) || cp == 0x2640 || cp == 0x2642;
    }

    private int terminalRun(int i) {
        int e = i;
        while (e < limit && Chars.isTerminal(s.charAt(e))) {
            e++;
        }
        return emit(i, Math.max(e, i + 1), Token.Kind.PUNCT);
    }

    /** A run of one repeated character ("--", "——") as one PUNCT token. */
    private int run(int i, int cp) {
        int e = i + 1;
        while (e < limit && s.charAt(e) == cp) {
            e++;
        }
        return emit(i, e, Token.Kind.PUNCT);
    }

    /** The code point before {@code i} inside the scanned span, or -1 at its start. */
    private int prev(int i) {
        if (i <= from) {
            return -1;
        }
        char c = s.charAt(i - 1);
        if (Character.isLowSurrogate(c) && i - 2 >= from && Character.isHighSurrogate(s.charAt(i - 2))) {
            return Character.toCodePoint(s.charAt(i - 2), c);
        }
        return c;
    }

    /** Adds the token {@code [i, e)} widened over any combining marks after it; returns its end. */
    private int emit(int i, int e, Token.Kind kind) {
        while (e < limit) {
            int cp = Chars.cpAt(s, e, limit);
            if (!Chars.isExtender(cp)) {
                break;
            }
            e += Character.charCount(cp);
        }
        out.add(new Token(new Span(i, e), kind));
        return e;
    }
}

