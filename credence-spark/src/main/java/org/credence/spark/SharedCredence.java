package org.credence.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.credence.Credence;

/**
 * One {@link Credence#standard()} per JVM (per executor), built on first use and shared by
 * every task that JVM runs: the models load once per executor, not per partition or record.
 * {@code Credence} is thread-safe, so concurrent tasks share it.
 */
final class SharedCredence {

    private static final AtomicInteger BUILDS = new AtomicInteger();

    private SharedCredence() {
    }

    private static final class Holder {
        static final Credence INSTANCE = build();
    }

    private static Credence build() {
        BUILDS.incrementAndGet();
        return Credence.standard();
    }

    /** The shared pipeline (built on the first call in this JVM). */
    static Credence get() {
        return Holder.INSTANCE;
    }

    /** How many pipelines this JVM has built: 1 once any task ran, whatever the number of records. */
    static int builds() {
        return BUILDS.get();
    }
}
