package org.credence.internal;

/** Small text helpers shared by stages. Not API. */
public final class Texts {

    private Texts() {
    }

    /** Words in {@code text}, counted as runs of letters or digits. */
    public static int words(CharSequence text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Lower-cased letters and digits only: for comparing texts that differ in spacing and punctuation. */
    public static String squash(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }
}
