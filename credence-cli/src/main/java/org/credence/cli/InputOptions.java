package org.credence.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.credence.ingest.FieldMapping;
import org.credence.ingest.Inputs;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and record field mapping, shared by the commands that read articles. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files (.txt .html .htm .json .jsonl .csv, optionally .gz; .warc .warc.gz), directories (read recursively) or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--field", paramLabel = "FIELD=NAME",
            description = "Read record field FIELD (id, url, source, title, author, published, text, html, label) "
                    + "from the JSON/CSV field NAME, e.g. --field text=body. Repeatable.")
    Map<String, String> fields = new LinkedHashMap<>();

    Inputs open(Consumer<String> notes) {
        return new Inputs(FieldMapping.of(fields), notes, System.in);
    }
}
