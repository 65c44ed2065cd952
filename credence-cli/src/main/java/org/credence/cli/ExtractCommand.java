package org.credence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.credence.Analysis;
import org.credence.Credence;
import org.credence.ingest.IngestItem;
import org.credence.model.Block;
import org.credence.model.Document;
import org.credence.structure.MainText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code credence extract}: the article's fields and main text, one JSON line per page: id, url,
 * title, byline, date, text (the body paragraphs), and the typed blocks.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract title, byline, date, main text and typed blocks, one JSON line per page.")
final class ExtractCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Mixin
    InputOptions input;

    @Mixin
    BatchOptions batch;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        java.io.PrintWriter err = spec.commandLine().getErr();
        batch.validate(spec.commandLine());
        if (batch.resume) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "extract does not resume; use analyze --resume");
        }
        Credence credence = Credence.standard();
        List<String> notes = new ArrayList<>();
        try (Stream<IngestItem> items = input.open(notes::add).read(input.inputs);
             Writer out = batch.open(spec.commandLine())) {
            BatchRunner.Summary s = batch.runner(spec.commandLine())
                    .run(items, credence::analyze, a -> {
                        try {
                            out.write(JSON.writeValueAsString(record(a)));
                            out.write('\n');
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            notes.forEach(n -> err.println("credence: " + n));
            if (!batch.quiet) {
                err.println("credence: " + s.line());
            }
            if (s.records() == 0) {
                err.println("credence: no records found in " + String.join(", ", input.inputs));
                return Main.BAD_INPUT;
            }
            return s.errors() > 0 ? Main.BAD_INPUT : Main.OK;
        }
    }

    static ObjectNode record(Analysis a) {
        ObjectNode o = JSON.createObjectNode();
        if (a instanceof Analysis.Failed f) {
            o.put("status", "error");
            o.put("id", f.id());
            o.put("origin", f.origin());
            o.putObject("error").put("code", f.code()).put("message", f.message());
            return o;
        }
        Document d = ((Analysis.Ok) a).document();
        o.put("status", "ok");
        o.put("id", d.metadata().id());
        o.put("origin", d.metadata().origin());
        o.put("url", d.metadata().url());
        o.put("title", d.fields().headline());
        o.put("dek", d.fields().dek());
        o.put("byline", d.fields().byline());
        o.put("date", d.fields().published());
        o.put("dateline", d.fields().dateline());
        o.put("text", MainText.of(d));
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : d.blocks()) {
            blocks.addObject().put("type", b.type().key()).put("confidence", Math.round(b.confidence() * 1000) / 1000.0)
                    .put("text", d.textOf(b.span()));
        }
        return o;
    }

}
