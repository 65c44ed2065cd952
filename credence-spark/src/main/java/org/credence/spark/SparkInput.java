package org.credence.spark;

import java.io.Serializable;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.credence.ingest.IngestItem;

/**
 * An input format of the job: reads a Hadoop-compatible path (a file, a directory or a glob) into
 * one {@link IngestItem} per input record, a {@link IngestItem.Failed} for every record that
 * cannot be read, so that every record yields exactly one output row.
 *
 * <p>Items are not serialisable: an implementation builds them in the last step of its own
 * stage, after any shuffle, and the job analyses them in the same stage. To spread the work over
 * more tasks than the input has splits, an implementation repartitions its raw records (lines,
 * rows, file handles) before turning them into items.
 */
@FunctionalInterface
public interface SparkInput extends Serializable {

    /**
     * The records at {@code path}.
     *
     * @param partitions repartition the raw records into this many partitions first; 0 keeps
     *                   the input's own splits
     */
    JavaRDD<IngestItem> read(SparkSession spark, String path, int partitions);
}
