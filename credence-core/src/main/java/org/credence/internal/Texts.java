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
}
