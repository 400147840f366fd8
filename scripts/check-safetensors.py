#!/usr/bin/env python3
"""Check a digitviz model file against Python's safetensors and a NumPy forward pass.

Usage:
    python3 scripts/check-safetensors.py MODEL.safetensors CASES.json [--tolerance 1e-5]

CASES.json holds {"features": [[...], ...], "probabilities": [[...], ...]}: raw
(unstandardized) feature vectors and the class probabilities digitviz computed for
them. The script loads the tensors with `safetensors.numpy.load_file`, reads the
metadata with `safe_open`, recomputes the probabilities in NumPy (standardize,
dense layers with their activations, softmax), and fails unless every probability
matches within the tolerance.

To produce a model and cases, run the gated export test:
    DIGITVIZ_EXPORT_DIR=/tmp/export swift test --filter ExportForPythonTests
which writes /tmp/export/model.safetensors and /tmp/export/cases.json.
"""
import argparse
import json
import sys

import numpy as np
from safetensors import safe_open
from safetensors.numpy import load_file

ACTIVATIONS = {
    "relu": lambda x: np.maximum(x, 0),
    "tanh": np.tanh,
    "sigmoid": lambda x: 1 / (1 + np.exp(-x)),
    "linear": lambda x: x,
}


def softmax(x):
    shifted = np.exp(x - x.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def predict(tensors, architecture, features):
    x = (features - tensors["standardizer.mean"]) / tensors["standardizer.std"]
    activations = [layer["activation"] for layer in architecture["hidden"]]
    for index, name in enumerate(activations + [architecture.get("output_activation", "softmax")]):
        x = x @ tensors[f"dense_{index}.kernel"] + tensors[f"dense_{index}.bias"]
        x = softmax(x) if name == "softmax" else ACTIVATIONS[name](x)
    return x


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("cases")
    parser.add_argument("--tolerance", type=float, default=1e-5)
    args = parser.parse_args()

    tensors = load_file(args.model)
    with safe_open(args.model, framework="numpy") as handle:
        metadata = handle.metadata()
    assert metadata["format"] == "digitviz-mlp", metadata.get("format")
    assert metadata["version"] == "1", metadata.get("version")
    architecture = json.loads(metadata["architecture"])
    classes = json.loads(metadata["classes"])
    json.loads(metadata["features"])
    assert len(classes) == architecture["classes"]
    assert all(t.dtype == np.float32 for t in tensors.values())

    with open(args.cases) as file:
        cases = json.load(file)
    features = np.asarray(cases["features"], dtype=np.float32)
    expected = np.asarray(cases["probabilities"], dtype=np.float64)
    ours = predict(tensors, architecture, features).astype(np.float64)
    difference = float(np.abs(ours - expected).max())
    print(f"{args.model}: {len(tensors)} tensors, {features.shape[0]} cases, classes {classes[0]}…{classes[-1]}, "
          f"max |Δp| = {difference:.2e} (tolerance {args.tolerance:g})")
    if not difference <= args.tolerance:
        print("FAILED: probabilities differ", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
