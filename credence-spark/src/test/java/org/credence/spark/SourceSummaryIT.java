package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.credence.report.SourceSummary;
import org.credence.report.SummarySchema.Column;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The per-source aggregate in Spark SQL ({@link org.credence.spark.SourceSummary}) against
 * {@code credence summarize} (the CLI's jar in its own JVM) on the same data: the same columns,
 * rows and values (means within 1e-9: sums in another order).
 */
class SourceSummaryIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<List<Object>> jobSummary;

    /** Spark SQL over the job's output for the JSON lines (computed once for both tests). */
    private static synchronized List<List<Object>> jobSummary() throws IOException {
        if (jobSummary == null) {
            String output = CorpusRun.get().output.toString();
            jobSummary = values(org.credence.spark.SourceSummary.of(LocalSpark.session().read().parquet(output)));
        }
        return jobSummary;
    }

    @Test
    void sparkSqlGivesWhatCredenceSummarizeGivesForTheSameRecords(@TempDir Path tmp) throws IOException {
        CorpusRun run = CorpusRun.get();
        BatchCli.Run ofBatch = BatchCli.start(tmp, "of-batch", "summarize", run.batch.toString(), "--format", "json");
        BatchCli.Run ofJob = BatchCli.start(tmp, "of-job", "summarize", run.output.toString(), "--format", "json");
        SparkSession spark = LocalSpark.session();

        Dataset<Row> all = org.credence.spark.SourceSummary.of(spark.read().parquet(run.output.toString(), run.warcOutput.toString()));
        List<String> types = new ArrayList<>();
        for (StructField f : all.schema().fields()) {
            types.add(f.name() + " " + f.dataType().catalogString());
        }
        List<String> want = new ArrayList<>();
        for (StructField f : SparkRows.SOURCE_SUMMARY_SCHEMA.fields()) {
            want.add(f.name() + " " + f.dataType().catalogString());
        }
        assertEquals(want, types, "the columns of credence summarize, in its order");
        List<List<Object>> sparkAll = values(all);
        List<List<Object>> sparkJsonl = jobSummary();

        BatchCli.Result batch = ofBatch.finish();
        assertEquals(0, batch.exit(), batch.err());
        assertSameSummary(parse(batch.out()), sparkAll, "credence summarize batch.parquet vs Spark SQL over the job's outputs");
        BatchCli.Result job = ofJob.finish();
        assertEquals(0, job.exit(), job.err());
        assertSameSummary(parse(job.out()), sparkJsonl, "credence summarize of the job's own Parquet output");

        assertTrue(sparkAll.size() > TestCorpus.SOURCES.size() + 1, "the JSON sources, none, and the WARC hosts: " + sparkAll);
        assertTrue(sparkJsonl.stream().anyMatch(r -> r.get(0).equals(SourceSummary.NONE) && (long) r.get(2) > 0),
                "error rows gather under (none): " + sparkJsonl);
        assertTrue(sparkAll.stream().anyMatch(r -> ((List<?>) r.get(5)).size() == SourceSummary.TOP_SIGNALS), "some source has top signals");
    }

    private static List<List<Object>> values(Dataset<Row> summary) {
        return summary.collectAsList().stream().map(r -> SparkRows.values(r, SourceSummary.COLUMNS)).toList();
    }

    /** The rows of {@code credence summarize --format json}, as plain values in column order. */
    private static List<List<Object>> parse(String out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<Object> v = new ArrayList<>();
            for (Column c : SourceSummary.COLUMNS) {
                JsonNode x = n.get(c.name());
                v.add(x == null || x.isNull() ? null : switch (c.type()) {
                    case STRING -> x.asText();
                    case INT -> x.asInt();
                    case LONG -> x.asLong();
                    case STRING_LIST -> {
                        List<String> l = new ArrayList<>();
                        x.forEach(e -> l.add(e.asText()));
                        yield l;
                    }
                    case SIGNAL_COUNTS -> {
                        List<SourceSummary.SignalCount> l = new ArrayList<>();
                        x.forEach(e -> l.add(new SourceSummary.SignalCount(e.get("signal").asText(), e.get("articles").asLong())));
                        yield l;
                    }
                    case DOUBLE_MAP, STRING_MAP, LONG_MAP -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        x.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().isNull() ? null
                                : c.type() == org.credence.report.SummarySchema.Type.DOUBLE_MAP ? (Object) e.getValue().asDouble()
                                : c.type() == org.credence.report.SummarySchema.Type.LONG_MAP ? (Object) e.getValue().asLong()
                                : e.getValue().asText()));
                        yield m;
                    }
                });
            }
            rows.add(v);
        }
        return rows;
    }

    private static void assertSameSummary(List<List<Object>> want, List<List<Object>> got, String what) {
        assertEquals(want.size(), got.size(), what + ": sources\n  want " + want + "\n  got  " + got);
        for (int i = 0; i < want.size(); i++) {
            for (int k = 0; k < SourceSummary.COLUMNS.size(); k++) {
                Column c = SourceSummary.COLUMNS.get(k);
                String where = what + ": row " + i + " (source '" + want.get(i).get(0) + "'), column " + c.name();
                Object w = want.get(i).get(k);
                Object g = got.get(i).get(k);
                if (c.type() == org.credence.report.SummarySchema.Type.DOUBLE_MAP && w instanceof Map<?, ?> wm && g instanceof Map<?, ?> gm) {
                    assertEquals(wm.keySet(), gm.keySet(), where);
                    for (Object key : wm.keySet()) {
                        Double a = (Double) wm.get(key);
                        Double b = (Double) gm.get(key);
                        assertTrue(a == null ? b == null : b != null && Math.abs(a - b) <= 1e-9, where + " " + key + ": " + a + " vs " + b);
                    }
                } else {
                    assertEquals(w, g, where);
                }
            }
        }
    }

    @Test
    void theSummarizeJobWritesOneRowPerSource(@TempDir Path tmp) throws IOException {
        CorpusRun run = CorpusRun.get();
        String out = tmp.resolve("by-source").toString();
        StringWriter err = new StringWriter();
        CommandLine cl = SummarizeJob.commandLine(LocalSpark::session);
        cl.setErr(new PrintWriter(err, true));
        assertEquals(0, cl.execute("--input", run.output.toString(), "--output", out, "--format", "json"), err.toString());
        Dataset<Row> written = LocalSpark.session().read().schema(SparkRows.SOURCE_SUMMARY_SCHEMA).json(out);
        assertEquals(TestCorpus.SOURCES.size() + 1, written.count());
        assertSameSummary(jobSummary(), values(written), "the summary the job wrote");
        assertTrue(err.toString().contains((TestCorpus.SOURCES.size() + 1) + " sources"), err.toString());
    }
}
