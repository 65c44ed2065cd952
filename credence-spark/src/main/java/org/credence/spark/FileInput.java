package org.credence.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.credence.ingest.IngestItem;

/**
 * Whole files, each read by a {@link Reader} that turns one file's stream into its records:
 * the place for container formats that cannot be split by line or row (WARC, WARC.gz), whose
 * reader lives in the core's ingest ({@link AnalyzeJob.Format#WARC}). Directories are read
 * recursively. One task reads one or more whole files; {@code partitions} spreads the files (not
 * their records) over more tasks.
 *
 * <p>A file that cannot be opened, or whose reader fails part way (an exception), yields a
 * {@link IngestItem.Failed} ({@code input.io}) after the records read before the failure.
 */
public final class FileInput implements SparkInput {

    private static final long serialVersionUID = 1L;

    /** Reads one file's records; the stream is closed by the caller. */
    @FunctionalInterface
    public interface Reader extends Serializable {
        /**
         * @param origin the file's name (the path alone for the local file system, the URI otherwise)
         * @param in     its bytes, as stored (a reader of compressed files unpacks them itself)
         */
        Stream<IngestItem> read(String origin, InputStream in) throws IOException;
    }

    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";

    private final Reader reader;

    public FileInput(Reader reader) {
        this.reader = reader;
    }

    @Override
    public JavaRDD<IngestItem> read(SparkSession spark, String path, int partitions) {
        JavaPairRDD<String, PortableDataStream> files = files(spark, path);
        if (partitions > 0) {
            files = files.repartition(partitions);
        }
        Reader r = reader;
        return files.flatMap(f -> records(r, JsonLinesInput.fileName(new Path(f._1())), f._2()));
    }

    /**
     * The files at {@code path}, directories read recursively (as {@code credence analyze} walks
     * them). {@code binaryFiles} copies the context's Hadoop configuration when it is called, so
     * the recursive flag is set on it for that call only.
     */
    private static JavaPairRDD<String, PortableDataStream> files(SparkSession spark, String path) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        synchronized (conf) {
            String before = conf.get(RECURSIVE);
            conf.setBoolean(RECURSIVE, true);
            try {
                return jsc.binaryFiles(path);
            } finally {
                if (before == null) {
                    conf.unset(RECURSIVE);
                } else {
                    conf.set(RECURSIVE, before);
                }
            }
        }
    }

    private static Iterator<IngestItem> records(Reader reader, String origin, PortableDataStream data) {
        InputStream in;
        Iterator<IngestItem> items;
        Stream<IngestItem> stream;
        try {
            in = data.open();
        } catch (RuntimeException e) {
            return List.<IngestItem>of(failed(origin, e)).iterator();
        }
        try {
            stream = reader.read(origin, in);
            items = stream.iterator();
        } catch (IOException | RuntimeException e) {
            close(in);
            return List.<IngestItem>of(failed(origin, e)).iterator();
        }
        return new Iterator<>() {
            private IngestItem next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        if (items.hasNext()) {
                            next = items.next();
                        } else {
                            finish();
                        }
                    } catch (RuntimeException e) {
                        next = failed(origin, e);
                        finish();
                    }
                }
                return next != null;
            }

            private void finish() {
                done = true;
                stream.close();
                close(in);
            }

            @Override
            public IngestItem next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                IngestItem n = next;
                next = null;
                return n;
            }
        };
    }

    private static IngestItem failed(String origin, Exception e) {
        return new IngestItem.Failed(origin, "", "input.io", "cannot read " + origin + ": " + e.getMessage());
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the file was read as far as it could be; nothing more to report
        }
    }
}
