package org.credence.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.credence.Credence;
import org.credence.eval.ExtractionEval;
import org.credence.eval.MojibakeEval;
import org.credence.eval.Split;
import org.credence.eval.TrafilaturaEval;
import org.credence.structure.MainText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code credence eval}: quality figures on any data path in a set's format, printed as a table
 * beside a baseline, or with {@code --json} as one JSON object.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate quality on a labelled data set (any path in the set's format).",
        subcommands = {EvalSignals.class, EvalCommand.Extraction.class, EvalCommand.Trafilatura.class, EvalCommand.Mojibake.class,
                EvalClickbait.class,
                EvalCommand.Tokenization.class, EvalCommand.Ner.class,
                EvalCommand.Attribution.class, EvalCommand.Nominals.class, EvalCheckworthy.class, EvalStance.class,
                EvalSpelling.class, EvalPropaganda.class, EvalScores.Reliability.class, EvalScores.Hyperpartisan.class})
final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an evaluation: extraction, trafilatura, mojibake, tokenization, ner, attribution or nominals");
    }

    /** Shared options and output. */
    abstract static class Base implements Callable<Integer> {
        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        Path requireData(Path p) {
            if (!Files.exists(p)) {
                throw new BadInputException("no data at " + p
                        + " (the public data sets live in ../shared/data beside the project)");
            }
            return p;
        }

        int print(String table, Map<String, Object> map) throws Exception {
            if (json) {
                spec.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(map));
            } else {
                spec.commandLine().getOut().print(table);
            }
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
    }

    /** {@code credence eval extraction}: the scrapinghub benchmark's shingle P/R/F1. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Main-text extraction on the scrapinghub benchmark layout (html/*.html.gz + ground-truth.json):",
                    "shingle precision, recall and F1 (bootstrap std. error) beside the all-body-text baseline.",
                    "--split: dev (tuned on), test (held out: domains never seen in tuning) or all."})
    static final class Extraction extends Base {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "Benchmark directory.")
        Path data;

        @Option(names = "--split", paramLabel = "SPLIT", description = "dev, test or all (default ${DEFAULT-VALUE}).")
        Split split = Split.ALL;

        @Override
        public Integer call() throws Exception {
            requireData(data.resolve("ground-truth.json"));
            ExtractionEval.Result r = ExtractionEval.evaluate(data, pipeline(), split);
            return print(r.table(), r.asMap());
        }
    }

    /** {@code credence eval trafilatura}: must / must-not snippets. */
    @Command(name = "trafilatura", mixinStandardHelpOptions = true,
            description = "Main-text extraction on the trafilatura evaluation layout (evaldata.json + html/): "
                    + "share of must-have snippets found and must-not snippets absent, with P/R/F1, beside the body-text baseline.")
    static final class Trafilatura extends Base {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "Evaluation directory.")
        Path data;

        @Override
        public Integer call() throws Exception {
            requireData(data.resolve("evaldata.json"));
            TrafilaturaEval.Result r = TrafilaturaEval.evaluate(data, pipeline());
            return print(r.table(), r.asMap());
        }
    }

    /** {@code credence eval mojibake}: ftfy's case format. */
    @Command(name = "mojibake", mixinStandardHelpOptions = true,
            description = {"Mojibake repair on ftfy's test-case format (a JSON list of {label, original, fixed, fixed-encoding?}),",
                    "a file or a directory of them: cases fixed, left alone correctly, wrongly changed, missed,",
                    "beside the do-nothing baseline."})
    static final class Mojibake extends Base {
        @Option(names = "--data", required = true, paramLabel = "FILE|DIR", description = "A case file or a directory of *.json case files.")
        Path data;

        @Override
        public Integer call() throws Exception {
            requireData(data);
            MojibakeEval.Result r = MojibakeEval.evaluate(data);
            return print(r.table(), r.asMap());
        }
    }

    /** {@code credence eval tokenization}: token and sentence boundaries against CoNLL gold tokens. */
    @Command(name = "tokenization", mixinStandardHelpOptions = true,
            description = {"Token and sentence boundary P/R/F1 on text rebuilt from a CoNLL-2003 or OntoNotes (CoNLL-2012) file,",
                    "beside whitespace and period-split baselines. Measures agreement with the corpus's conventions."})
    static final class Tokenization extends Base {
        @Option(names = "--data", required = true, paramLabel = "FILE", description = "A CoNLL file (.gz allowed).")
        Path data;

        @Option(names = "--layout", paramLabel = "LAYOUT", description = "PARAGRAPH (sentences run on) or LINES (one sentence a line); default ${DEFAULT-VALUE}.")
        org.credence.eval.ConllText.Layout layout = org.credence.eval.ConllText.Layout.PARAGRAPH;

        @Option(names = "--max-docs", paramLabel = "N", description = "Read at most N documents (default: all).")
        int maxDocs = Integer.MAX_VALUE;

        @Override
        public Integer call() throws Exception {
            requireData(data);
            org.credence.eval.TokenizationEval r = org.credence.eval.TokenizationEval.run(data, layout, maxDocs);
            return print(r.table(), r.asMap());
        }
    }

    /** {@code credence eval ner}: entity-level P/R/F1 (conlleval semantics) on a CoNLL file. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Named entities on a CoNLL-2003 (IOB1/BIO, 4 columns) or OntoNotes CoNLL-2012 (BIO) file, .gz allowed:",
                    "exact-match entity precision, recall and F1, overall and per type, beside a capitalised-runs baseline.",
                    "Tokens come from the file. The shipped model was tuned on eng.testa, then retrained on eng.train + eng.testa."})
    static final class Ner extends Base {
        /** File layouts. */
        enum Layout { conll2003, ontonotes, wikiann }

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "A CoNLL file.")
        Path data;

        @Option(names = "--format", paramLabel = "FORMAT", description = "conll2003, ontonotes or wikiann (default ${DEFAULT-VALUE}).")
        Layout format = Layout.conll2003;

        @Override
        public Integer call() throws Exception {
            requireData(data);
            org.credence.language.ner.NerCorpus.Format f = switch (format) {
                case conll2003 -> org.credence.language.ner.NerCorpus.Format.CONLL2003;
                case ontonotes -> org.credence.language.ner.NerCorpus.Format.CONLL2012;
                case wikiann -> org.credence.language.ner.NerCorpus.Format.WIKIANN;
            };
            org.credence.eval.NerEval r = org.credence.eval.NerEval.evaluate(data, f,
                    org.credence.language.ner.EntityRecognizer.standard());
            return print(r.table(), r.asMap());
        }
    }

    /** {@code credence eval attribution}: quotes, cues and sources on the PolNeAR layout. */
    @Command(name = "attribution", mixinStandardHelpOptions = true,
            description = {"Quotes and their sources on the PolNeAR layout (a compartment with text/ and attributions/):",
                    "content, cue and source P/R/F1 (spans match at >= 50 % overlap of each), direct-quote recall and the",
                    "share of detected direct quotes whose speaker matches the gold source, beside a trivial baseline.",
                    "Runs the whole pipeline (NER-based sources) unless --rules-only."})
    static final class Attribution extends Base {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/data/polnear/data/dev")
        Path data;

        @Option(names = "--rules-only", description = "Quote rules with capitalised-name entities, without the pipeline and NER.")
        boolean rulesOnly;

        @Override
        public Integer call() throws Exception {
            requireData(data.resolve("attributions"));
            org.credence.eval.AttributionEval r = rulesOnly
                    ? org.credence.eval.AttributionEval.evaluate(data, new org.credence.language.quotes.QuoteExtractor())
                    : org.credence.eval.AttributionEval.evaluate(data, org.credence.eval.PipelineQuotes.of(Credence.standard()))
                            .describedAs("whole pipeline: repair, structure, tokens, NER entities, quote rules");
            return print(r.table(), r.asMap());
        }
    }

    /** {@code credence eval nominals}: nominal mention links, counted and sampled for judging by hand. */
    @Command(name = "nominals", mixinStandardHelpOptions = true,
            description = {"Nominal mentions linked to named entities (\"the foreign minister\" -> Sergei Lavrov) on plain-text",
                    "articles (a directory, or a PolNeAR compartment's text/): counts by reason, and a seeded random sample",
                    "of links with their sentences and evidence, beside the nearest-name baseline, to judge by hand."})
    static final class Nominals extends Base {
        @Option(names = "--data", required = true, paramLabel = "DIR", description = "e.g. ../shared/data/polnear/data/dev")
        Path data;

        @Option(names = "--sample", paramLabel = "N", description = "Links sampled from each system (default ${DEFAULT-VALUE}).")
        int sample = 30;

        @Option(names = "--seed", paramLabel = "SEED", description = "Sampling seed (default ${DEFAULT-VALUE}).")
        long seed = 1;

        @Override
        public Integer call() throws Exception {
            requireData(data);
            org.credence.eval.NominalEval r = org.credence.eval.NominalEval.evaluate(data, Credence.standard(), sample, seed);
            return print(r.table(), r.asMap());
        }
    }

    /** The whole pipeline's main text, as the extraction evaluations score it. */
    static org.credence.eval.Extractor pipeline() {
        Credence credence = Credence.standard();
        return (html, url) -> MainText.of(credence.analyzeHtml(html, url));
    }
}
