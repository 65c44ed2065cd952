package org.credence.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.credence.Analysis;
import org.credence.report.JsonReport;

/**
 * JSON lines reports ({@link JsonReport#line}), one line per record. Each line is flushed as it
 * is written, so a killed run leaves complete lines and at most one torn last line, which
 * {@link #recover()} cuts.
 */
public final class JsonLinesSink implements RecordSink {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path path;
    private final boolean resume;
    private Writer out;

    /** A sink writing {@code path}; when {@code resume} is false any earlier file is replaced. */
    public JsonLinesSink(Path path, boolean resume) {
        this.path = path;
        this.resume = resume;
    }

    @Override
    public List<String> recover() throws IOException {
        List<String> origins = new ArrayList<>();
        if (resume && Files.exists(path)) {
            TornTail.cut(path, TornTail.completeLength(path, false));
            try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (!line.isBlank()) {
                        origins.add(origin(line, n));
                    }
                }
            }
        }
        out = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        return origins;
    }

    /** The top-level {@code origin} of one report line, read without parsing the rest. */
    private String origin(String line, int n) throws IOException {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals("origin") && value == JsonToken.VALUE_STRING) {
                        return p.getText();
                    }
                    p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IOException(path + " line " + n + " is not a Credence report: " + e.getMessage(), e);
        }
        throw new IOException(path + " line " + n + " is not a Credence report (no origin)");
    }

    @Override
    public void write(Analysis analysis) throws IOException {
        if (out == null) {
            recover();
        }
        out.write(JsonReport.line(analysis));
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
    }
}
