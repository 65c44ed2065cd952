package org.credence.ml;

/**
 * Maps feature names to indexes in {@code [0, 2^bits)} with a fixed 32-bit hash (FNV-1a over
 * UTF-16 units, then a murmur finaliser), so models trained here give the same indexes on any
 * machine and JVM. Collisions are rare at 18–22 bits and cost little accuracy.
 */
public final class FeatureHashing {

    private final int bits;
    private final int mask;

    public FeatureHashing(int bits) {
        if (bits < 4 || bits > 26) {
            throw new IllegalArgumentException("bits must be in [4, 26]: " + bits);
        }
        this.bits = bits;
        this.mask = (1 << bits) - 1;
    }

    public int bits() {
        return bits;
    }

    public int dimension() {
        return 1 << bits;
    }

    /** The index of a feature name. */
    public int index(CharSequence name) {
        return hash(name) & mask;
    }

    /** The index of a feature made of a prefix (the feature's kind) and a value. */
    public int index(String prefix, CharSequence value) {
        int h = 0x811c9dc5;
        for (int i = 0; i < prefix.length(); i++) {
            h = (h ^ prefix.charAt(i)) * 0x01000193;
        }
        h = (h ^ 0x1f) * 0x01000193;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x01000193;
        }
        return fmix(h) & mask;
    }

    /** The stable 32-bit hash of a string. */
    public static int hash(CharSequence s) {
        int h = 0x811c9dc5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return fmix(h);
    }

    /**
     * The stable hash of the concatenation of {@code parts}, without building it: equal to
     * {@code hash(String.join("", parts))}.
     */
    public static int hashOf(CharSequence... parts) {
        int h = 0x811c9dc5;
        for (CharSequence s : parts) {
            for (int i = 0; i < s.length(); i++) {
                h = (h ^ s.charAt(i)) * 0x01000193;
            }
        }
        return fmix(h);
    }

    private static int fmix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
