package org.credence.language.quantity;

/** Test access to {@link QuantitiesTest#describe} from other test packages. */
public final class QuantitiesProbe {

    private QuantitiesProbe() {
    }

    public static String describe(String text) {
        return QuantitiesTest.describe(text);
    }
}
