#!/usr/bin/env python3
"""The original project's 14 figures, with matplotlib, for `make bench` (scripts/bench.sh).

    python figures.py DATA RUN.log OUTDIR

As the original at 100 dpi: a waveplot per digit (librosa.load of the first recording of
that digit by name, librosa.display.waveshow, 1500x500), a countplot of the recordings per
digit (seaborn's countplot as a matplotlib bar chart with each count printed, 1500x1000),
the architecture diagram of the original network in keras-visualizer's style (circles,
at most 10 neurons per layer, edges, dropout nodes) and the accuracy and loss curves from a
Keras CSVLogger run log (1500x1000). The diagram is drawn from the layer sizes, without
importing Keras (the original imported it for keras-visualizer: that would only add time).
"""
import csv
import os
import sys
from collections import Counter

import matplotlib

matplotlib.use("Agg")
import librosa  # noqa: E402
import librosa.display  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

NAMES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"]


def waveplots(paths, out):
    for digit in range(10):
        chosen = sorted(p for p in paths if os.path.basename(p).split("_")[0] == str(digit))
        if not chosen:
            continue
        y, sr = librosa.load(chosen[0])
        fig = plt.figure(figsize=(15, 5), dpi=100)
        librosa.display.waveshow(y, sr=sr)
        plt.title(f"Waveplot of {NAMES[digit]}", fontsize=20)
        plt.xlabel("Time")
        plt.ylabel("Amplitude")
        fig.savefig(os.path.join(out, f"{digit}.png"))
        plt.close(fig)


def countplot(paths, out):
    counts = Counter(int(os.path.basename(p).split("_")[0]) for p in paths)
    digits = sorted(counts)
    fig = plt.figure(figsize=(15, 10), dpi=100)
    bars = plt.bar([str(d) for d in digits], [counts[d] for d in digits], color="#1f77b4")
    for bar, digit in zip(bars, digits):
        plt.text(bar.get_x() + bar.get_width() / 2, bar.get_height(), str(counts[digit]), ha="center", va="bottom")
    plt.title("Countplot of Digits Audio")
    plt.xlabel("Digits")
    plt.ylabel("Count")
    fig.savefig(os.path.join(out, "countplot.png"))
    plt.close(fig)


def architecture(out):
    layers = [("Input", 40, "#2ecc71"), ("Dense relu", 128, "#3498db"), ("Dropout 0.25", None, "#f39c12"),
              ("Dense relu", 256, "#3498db"), ("Dropout 0.25", None, "#f39c12"),
              ("Dense relu", 128, "#3498db"), ("Dropout 0.25", None, "#f39c12"), ("Dense softmax", 10, "#e74c3c")]
    fig, ax = plt.subplots(figsize=(12, 16), dpi=100)
    ax.set_axis_off()
    previous = None
    for row, (label, units, color) in enumerate(layers):
        y = len(layers) - row
        if units is None:
            ax.add_patch(plt.Circle((0, y), 0.2, color=color))
            ax.text(1.2, y, label, va="center")
            continue
        shown = min(units, 10)
        xs = [(i - (shown - 1) / 2) * 0.6 for i in range(shown)]
        if previous is not None:
            py, pxs = previous
            for x0 in pxs:
                for x1 in xs:
                    ax.plot([x0, x1], [py, y], color="#cccccc", linewidth=0.3, zorder=0)
        for x in xs:
            ax.add_patch(plt.Circle((x, y), 0.15, color=color, zorder=1))
        more = f" (+{units - shown} more)" if units > shown else ""
        ax.text(3.5, y, f"{label}\nUnits: {units}{more}", va="center")
        previous = (y, xs)
    ax.set_xlim(-4, 6)
    ax.set_ylim(0, len(layers) + 1)
    ax.set_aspect("equal")
    fig.savefig(os.path.join(out, "graph.png"))
    plt.close(fig)


def curves(log, out):
    with open(log, newline="") as handle:
        rows = list(csv.DictReader(handle))
    epochs = [int(r["epoch"]) for r in rows]
    for metric, title, colors, where in [("accuracy", "Model Accuracy vs Epochs", ("blue", "red"), "lower right"),
                                         ("loss", "Model Loss vs Epochs", ("orange", "green"), "upper right")]:
        fig = plt.figure(figsize=(15, 10), dpi=100)
        plt.plot(epochs, [float(r[metric]) for r in rows], color=colors[0], label="train")
        plt.plot(epochs, [float(r["val_" + metric]) for r in rows], color=colors[1], label="validation")
        plt.title(title)
        plt.xlabel("Epochs")
        plt.ylabel(metric.capitalize())
        plt.legend(loc=where)
        fig.savefig(os.path.join(out, f"{metric}.png"))
        plt.close(fig)


def main() -> None:
    data, log, out = sys.argv[1:4]
    os.makedirs(out, exist_ok=True)
    paths = [os.path.join(root, name) for root, _, names in os.walk(data) for name in names if name.lower().endswith(".wav")]
    waveplots(paths, out)
    countplot(paths, out)
    architecture(out)
    curves(log, out)


if __name__ == "__main__":
    main()
