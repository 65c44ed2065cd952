package org.credence.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.credence.ingest.FieldMapping;
import org.credence.ingest.IngestItem;
import org.credence.ingest.RecordFields;
import scala.Tuple2;

/**
 * JSON lines (optionally {@code .gz}, any Hadoop-compatible path; directories are read
 * recursively, every file as JSON lines), one record a line, read through the core's
 * {@link RecordFields#fromJsonLine} so that a line gives the same record or error as on one
 * machine. Blank lines are skipped, as {@code Inputs} skips them.
 *
 * <p>Each record's origin is {@code file:line} with the line's 1-based number in its file, as
 * on one machine ({@code file} is the path alone for the local file system, the full URI
 * otherwise). Line numbers across the splits of a large file come from a first pass that only
 * counts lines per split; it reads the input once more, which costs far less than analysing it.
 */
public final class JsonLinesInput implements SparkInput {

    private static final long serialVersionUID = 1L;

    /** One line with its place. */
    record Line(String file, long number, String text) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final HashMap<String, String> fieldOverrides;

    /** @param fieldOverrides record field → JSON field, as {@link FieldMapping#of} takes them */
    public JsonLinesInput(Map<String, String> fieldOverrides) {
        FieldMapping.of(fieldOverrides);
        this.fieldOverrides = new HashMap<>(fieldOverrides);
    }

    @Override
    public JavaRDD<IngestItem> read(SparkSession spark, String path, int partitions) {
        JavaRDD<Line> lines = lines(spark, path);
        if (partitions > 0) {
            lines = lines.repartition(partitions);
        }
        Map<String, String> overrides = fieldOverrides;
        return lines.mapPartitions(it -> {
            FieldMapping mapping = FieldMapping.of(overrides);
            return Iterators.map(it, l -> RecordFields.fromJsonLine(l.text(), l.number(), mapping, l.file() + ":" + l.number()));
        });
    }

    /** The non-blank lines at {@code path}, numbered within their files. */
    static JavaRDD<Line> lines(SparkSession spark, String path) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        conf.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>)
                jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class, conf);
        List<Tuple2<String, Long>> counts = raw.mapPartitionsWithInputSplit((split, it) -> {
            long n = 0;
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return List.of(new Tuple2<>(splitKey(split), n)).iterator();
        }, true).collect();
        HashMap<String, Long> before = linesBefore(counts);
        return raw.mapPartitionsWithInputSplit((split, it) -> {
            String file = fileName(((FileSplit) split).getPath());
            long first = before.get(splitKey(split));
            return new Iterator<Line>() {
                private long number = first;
                private Line next;

                @Override
                public boolean hasNext() {
                    while (next == null && it.hasNext()) {
                        number++;
                        String text = it.next()._2().toString();
                        if (!text.isBlank()) {
                            next = new Line(file, number, text);
                        }
                    }
                    return next != null;
                }

                @Override
                public Line next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Line l = next;
                    next = null;
                    return l;
                }
            };
        }, true);
    }

    /** A split as {@code uri@start}; the start orders splits within their file. */
    private static String splitKey(InputSplit split) {
        FileSplit f = (FileSplit) split;
        return f.getPath().toUri() + "@" + f.getStart();
    }

    /** For each split, the lines of its file before it, from each split's line count. */
    static HashMap<String, Long> linesBefore(List<Tuple2<String, Long>> counts) {
        Map<String, TreeMap<Long, String>> byFile = new HashMap<>();
        Map<String, Long> count = new HashMap<>();
        for (Tuple2<String, Long> c : counts) {
            int at = c._1().lastIndexOf('@');
            byFile.computeIfAbsent(c._1().substring(0, at), k -> new TreeMap<>())
                    .put(Long.parseLong(c._1().substring(at + 1)), c._1());
            count.put(c._1(), c._2());
        }
        HashMap<String, Long> before = new HashMap<>();
        for (TreeMap<Long, String> splits : byFile.values()) {
            long total = 0;
            for (String key : splits.values()) {
                before.put(key, total);
                total += count.get(key);
            }
        }
        return before;
    }

    /** The path alone for local files (as {@code Inputs} names them), else the full URI. */
    static String fileName(Path p) {
        return "file".equals(p.toUri().getScheme()) ? p.toUri().getPath() : p.toString();
    }
}
