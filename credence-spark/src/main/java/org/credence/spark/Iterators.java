package org.credence.spark;

import java.util.Iterator;
import java.util.function.Function;

/** Lazy iterator helpers for partition functions: nothing is collected into memory. */
final class Iterators {

    private Iterators() {
    }

    /** {@code f} applied to each element of {@code it}, one at a time, as it is asked for. */
    static <A, B> Iterator<B> map(Iterator<A> it, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public B next() {
                return f.apply(it.next());
            }
        };
    }
}
