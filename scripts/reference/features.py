#!/usr/bin/env python3
"""The original project's feature step, for `make bench` (scripts/bench.sh).

    python features.py DATA OUT.csv

For every WAV under DATA (sorted by path): librosa.load(path) (22,050 Hz, soxr_hq, mono),
librosa.feature.mfcc(y=y, sr=sr, n_mfcc=40), the mean over time. Writes a CSV with the
columns 0..39, label, file, speaker, like `digitviz features`. One process, one thread of
Python, as the original ran it.
"""
import csv
import os
import sys

import librosa
import numpy as np


def main() -> None:
    data, out = sys.argv[1], sys.argv[2]
    paths = sorted(
        os.path.join(root, name)
        for root, _, names in os.walk(data)
        for name in names
        if name.lower().endswith(".wav")
    )
    with open(out, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([str(i) for i in range(40)] + ["label", "file", "speaker"])
        for path in paths:
            y, sr = librosa.load(path)
            mfccs = librosa.feature.mfcc(y=y, sr=sr, n_mfcc=40)
            features = np.mean(mfccs.T, axis=0)
            stem = os.path.splitext(os.path.basename(path))[0]
            digit, speaker = stem.split("_")[:2]
            writer.writerow([repr(float(v)) for v in features] + [digit, os.path.basename(path), speaker])


if __name__ == "__main__":
    main()
