package org.credence.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What the job says when it cannot run: a message naming the problem and an exit code, never a stack trace. */
class JobErrorsIT {

    private final StringWriter err = new StringWriter();

    private int analyze(String... args) {
        CommandLine cl = AnalyzeJob.commandLine(LocalSpark::session);
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        return cl.execute(args);
    }

    @Test
    void aMissingInputFailsNamingThePath(@TempDir Path tmp) {
        Path missing = tmp.resolve("nothing-here.jsonl");
        assertEquals(Jobs.FAILED, analyze("--input", missing.toString(), "--output", tmp.resolve("out").toString()));
        assertTrue(err.toString().startsWith("credence-spark: ") && err.toString().contains("nothing-here.jsonl"), err.toString());
        assertTrue(err.toString().lines().count() <= 2, err.toString());
    }

    @Test
    void anExistingOutputIsRefusedBeforeAnyWork(@TempDir Path tmp) throws IOException {
        Path in = Files.writeString(tmp.resolve("in.jsonl"), "{\"id\": \"a\", \"text\": \"The council met.\"}\n");
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertEquals(Jobs.FAILED, analyze("--input", in.toString(), "--output", out.toString()));
        assertTrue(err.toString().contains("already exists; remove it or pass --overwrite"), err.toString());
    }

    @Test
    void badOptionValuesAreUsageErrors(@TempDir Path tmp) {
        String out = tmp.resolve("out").toString();
        assertEquals(Jobs.USAGE, analyze("--input", "x", "--output", out, "--format", "csv"));
        assertTrue(err.toString().contains("--format"), err.toString());
        assertEquals(Jobs.USAGE, analyze("--input", "x", "--output", out, "--field", "body=text"));
        assertTrue(err.toString().contains("unknown record field 'body'"), err.toString());
        assertEquals(Jobs.USAGE, analyze("--input", "x", "--output", out, "--partitions", "-1"));
        assertTrue(err.toString().contains("--partitions must be 0 or more"), err.toString());
        assertEquals(Jobs.USAGE, analyze("--input", "x", "--output", out, "--format", "warc", "--field", "text=body"));
        assertTrue(err.toString().contains("--field does not apply to --format warc"), err.toString());
        assertEquals(Jobs.USAGE, analyze("--output", out));
    }

    @Test
    void parquetWithoutATextColumnIsRefusedNamingTheColumnsFound(@TempDir Path tmp) {
        String in = tmp.resolve("in.parquet").toString();
        LocalSpark.session().createDataFrame(List.of(RowFactory.create("a", "no text here")), DataTypes.createStructType(List.of(
                DataTypes.createStructField("id", DataTypes.StringType, true),
                DataTypes.createStructField("summary", DataTypes.StringType, true)))).write().parquet(in);
        assertEquals(Jobs.USAGE, analyze("--input", in, "--format", "parquet", "--output", tmp.resolve("out").toString()));
        assertTrue(err.toString().contains("no text or html column") && err.toString().contains("found id, summary"), err.toString());
        assertEquals(Jobs.OK, analyze("--input", in, "--format", "parquet", "--field", "text=summary",
                "--output", tmp.resolve("out").toString()));
    }
}
