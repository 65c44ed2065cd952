package org.credence.cli;

import org.credence.Credence;
import org.credence.signals.propaganda.PropagandaModel;
import org.credence.transformer.PropagandaTransformer;
import picocli.CommandLine.Option;

/**
 * {@code --propaganda fast|transformer}: which propaganda model the propaganda signal runs.
 * {@code fast} (the default) is the token model alone; {@code transformer} mixes in the
 * fine-tuned bge-small tagger of the credence-transformer module, which finds spans better
 * (docs/EVALUATION.md) at a cost of most of a second an article (docs/BENCHMARKS.md).
 */
final class PropagandaOption {

    /** The choices. */
    enum Kind { fast, transformer }

    @Option(names = "--propaganda", paramLabel = "MODEL",
            description = {"Propaganda model: fast (token model; default) or transformer (adds the fine-tuned",
                    "bge-small tagger: better spans, most of a second an article more)."})
    Kind kind = Kind.fast;

    /** {@code credence} with the chosen propaganda model. */
    Credence apply(Credence credence) {
        return kind == Kind.transformer ? PropagandaTransformer.apply(credence) : credence;
    }

    /** The chosen propaganda model. */
    PropagandaModel model() {
        return kind == Kind.transformer ? PropagandaTransformer.standard().model() : PropagandaModel.standard();
    }
}
