#!/usr/bin/python3
"""Dynamic int8 quantisation of an exported tagger (finetune.py --export), with python3-onnx only.

Every MatMul whose second input is a float weight [K, N] becomes
    DynamicQuantizeLinear(x) -> MatMulInteger(x_q, W_q, x_zero, 0) -> Cast -> * x_scale * w_scale[N]
with W_q int8, symmetric per output column. The word-embedding Gather reads an int8 table and
multiplies by a per-row scale. Everything else stays float. ONNX Runtime runs the result on CPU.

    python3 quantize.py in.onnx out.onnx
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def quantize_columns(w):
    scale = np.abs(w).max(axis=0) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def quantize_rows(w):
    scale = np.abs(w).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def main(src, dst):
    model = onnx.load(src)
    g = model.graph
    init = {t.name: t for t in g.initializer}
    nodes, added, drop = [], [], set()
    for k, node in enumerate(g.node):
        w = init.get(node.input[1]) if node.op_type == "MatMul" and len(node.input) == 2 else None
        if w is not None and len(w.dims) == 2:
            q, s = quantize_columns(numpy_helper.to_array(w))
            base = "q%d" % k
            added += [numpy_helper.from_array(q, base + "_w"), numpy_helper.from_array(s, base + "_ws"),
                      numpy_helper.from_array(np.array(0, dtype=np.int8), base + "_wz")]
            drop.add(w.name)
            x = node.input[0]
            nodes += [
                helper.make_node("DynamicQuantizeLinear", [x], [base + "_x", base + "_xs", base + "_xz"]),
                helper.make_node("MatMulInteger", [base + "_x", base + "_w", base + "_xz", base + "_wz"], [base + "_i"]),
                helper.make_node("Cast", [base + "_i"], [base + "_f"], to=TensorProto.FLOAT),
                helper.make_node("Mul", [base + "_f", base + "_xs"], [base + "_m"]),
                helper.make_node("Mul", [base + "_m", base + "_ws"], list(node.output)),
            ]
            continue
        w = init.get(node.input[0]) if node.op_type == "Gather" else None
        if w is not None and len(w.dims) == 2 and w.dims[0] > 10000:
            q, s = quantize_rows(numpy_helper.to_array(w))
            base = "g%d" % k
            added += [numpy_helper.from_array(q, base + "_t"), numpy_helper.from_array(s, base + "_s"),
                      numpy_helper.from_array(np.array([-1], dtype=np.int64), base + "_axes")]
            drop.add(w.name)
            ids = node.input[1]
            nodes += [
                helper.make_node("Gather", [base + "_t", ids], [base + "_q"]),
                helper.make_node("Cast", [base + "_q"], [base + "_f"], to=TensorProto.FLOAT),
                helper.make_node("Gather", [base + "_s", ids], [base + "_rs"]),
                helper.make_node("Unsqueeze", [base + "_rs", base + "_axes"], [base + "_rs1"]),
                helper.make_node("Mul", [base + "_f", base + "_rs1"], list(node.output)),
            ]
            continue
        nodes.append(node)
    keep = [t for t in g.initializer if t.name not in drop] + added
    del g.node[:]
    g.node.extend(nodes)
    del g.initializer[:]
    g.initializer.extend(keep)
    onnx.checker.check_model(model)
    onnx.save(model, dst)
    print("quantised %d matrices and %d embedding tables" % (sum(1 for n in nodes if n.op_type == "MatMulInteger"),
                                                             sum(1 for t in added if t.name.endswith("_t"))))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
