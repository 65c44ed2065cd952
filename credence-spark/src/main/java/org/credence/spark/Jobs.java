package org.credence.spark;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.credence.Version;
import picocli.CommandLine;

/**
 * What the jobs' command lines share: exit codes (0 ok, 1 the job failed: missing input, output
 * exists, unreadable data; 2 usage: a bad option value, an input without a text column), error
 * messages that name the problem, and the session,
 * which a job asks for only once its arguments are valid.
 */
final class Jobs {

    /** Exit code: the job ran. */
    static final int OK = 0;
    /** Exit code: the job could not run or failed. */
    static final int FAILED = 1;
    /** Exit code: bad usage. */
    static final int USAGE = 2;

    private Jobs() {
    }

    /** Prints the version for {@code --version}. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"credence-spark " + Version.get() + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ")"};
        }
    }

    /** A command line for {@code command} with the jobs' exit codes and error messages. */
    static CommandLine commandLine(Object command) {
        CommandLine cl = new CommandLine(command);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof IllegalArgumentException) {
                cmd.getErr().println("credence-spark: " + ex.getMessage());
                return USAGE;
            }
            cmd.getErr().println("credence-spark: " + firstLine(ex));
            return FAILED;
        });
        return cl;
    }

    /** Runs {@code command} as a {@code spark-submit} main class and exits with its code. */
    static void main(Object command, String[] args) {
        CommandLine cl = commandLine(command);
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        SparkSession.getActiveSession().foreach(s -> {
            s.stop();
            return null;
        });
        System.exit(code);
    }

    /** The session of a {@code spark-submit} run (master and settings from spark-submit). */
    static Supplier<SparkSession> submitted(String appName) {
        return () -> SparkSession.builder().appName(appName).getOrCreate();
    }

    /**
     * Refuses an existing output unless asked to overwrite it, before any work is done.
     *
     * @throws FileAlreadyExistsException if it exists and {@code overwrite} is false
     */
    static void checkOutput(SparkSession spark, String output, boolean overwrite) throws IOException {
        Path p = new Path(output);
        FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!overwrite && fs.exists(p)) {
            throw new FileAlreadyExistsException(null, null, "output " + output + " already exists; remove it or pass --overwrite");
        }
    }

    /** The first line of an exception's message (Spark's run over many lines), with its type if it has none. */
    static String firstLine(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
