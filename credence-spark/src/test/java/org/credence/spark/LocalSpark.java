package org.credence.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: one local[2] session per test JVM, shared by all IT classes (failsafe runs
 * them in one JVM), bound to the loopback address, no UI, and small input splits (64 KB) so that
 * a test file of under a MB is read as several splits, as a large file on a cluster is, and the
 * two task threads share the work evenly.
 */
final class LocalSpark {

    static final int SPLIT_BYTES = 64 * 1024;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        return SparkSession.builder()
                .master("local[2]")
                .appName("credence-spark-tests")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.hadoop.mapreduce.input.fileinputformat.split.maxsize", String.valueOf(SPLIT_BYTES))
                .getOrCreate();
    }
}
