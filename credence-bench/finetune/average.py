#!/usr/bin/python3
"""Averages the wordpiece probabilities of several fine-tuned models (issue 4 experiment).

Each input is a file finetune.py writes (id, tab, P(O) P(S) P(L) per wordpiece); the files must
hold the same articles in the same order with the same number of wordpieces. The output, in the
same layout, is their plain mean, read by `FineTunedSpanExperiment dev|test probs=FILE`.

    python3 average.py /tmp/ft/run1/probs-epoch3.tsv /tmp/ft/bge1/probs-epoch3.tsv > /tmp/ft/mean.tsv
"""
import sys


def main(paths):
    files = [open(p, encoding="utf-8") for p in paths]
    for n, lines in enumerate(zip(*files), 1):
        cols = [line.rstrip("\n").split("\t") for line in lines]
        ids = {c[0] for c in cols}
        if len(ids) != 1:
            sys.exit("line %d: different articles %s" % (n, sorted(ids)))
        rows = [[float(v) for v in c[1].split()] if len(c) > 1 and c[1] else [] for c in cols]
        if len({len(r) for r in rows}) != 1:
            sys.exit("line %d (%s): different lengths %s" % (n, cols[0][0], [len(r) for r in rows]))
        mean = [sum(v) / len(v) for v in zip(*rows)]
        sys.stdout.write(cols[0][0] + "\t" + " ".join("%.5f" % v for v in mean) + "\n")
    rest = [f.readline() for f in files]
    if any(rest):
        sys.exit("the files hold different numbers of articles")


if __name__ == "__main__":
    main(sys.argv[1:])
