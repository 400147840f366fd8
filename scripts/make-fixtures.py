#!/usr/bin/env python3
"""Write librosa reference values for the Swift tests.

The Swift MFCC pipeline (DigitAudio) must equal librosa's. This script computes
librosa's values for a few recordings of the bundled sample data (data/) and for
two synthetic edge cases, and writes them as JSON to
Tests/DigitAudioTests/Fixtures/librosa/.

Run from the repository root (after scripts/make-sample-data.sh has made data/):

    pip install -r scripts/requirements.txt
    python3 scripts/make-fixtures.py

Every function is called with librosa's defaults except n_mfcc=40 (the project's
setting): librosa.load resamples to 22,050 Hz with res_type "soxr_hq";
librosa.feature.mfcc uses n_fft 2048, hop 512, a periodic Hann window, centered
frames with zero ("constant") padding, 128 Slaney mel bands with Slaney area
normalisation, power_to_db (ref 1.0, amin 1e-10, top_db 80) and an orthonormal
type-II DCT.

Per recording, NAME.json (NAME = the WAV's stem) holds:

    file, digit, voice, index               which recording (path from repo root)
    librosa_version, soxr_version, numpy_version
    native_sr, native_samples               the file's own rate and length
    y_22050                                 librosa.load(path)          [n]
    mfcc_22050                              mfcc(y, sr=22050, n_mfcc=40) [40][frames]
    mean_22050                              mean over frames            [40]
    meanstd_22050                           mean then std (ddof 0)      [80]
    y_native                                librosa.load(path, sr=None) [native_samples]
    mfcc_native                             mfcc(y, sr=native_sr, n_mfcc=40) [40][frames]
    mean_native                             mean over frames            [40]

synthetic.json holds versions and two cases, "short" (a 440 Hz sine of 300
samples at 8 kHz, amplitude 0.5: shorter than one 2048-sample window) and
"silence" (4,000 zeros at 8 kHz), each with keys sr, y, mfcc, mean.

All numbers are float32 values written exactly (as Python floats), so parsing
them as Double and converting to Float gives back librosa's float32 bit for bit.
"""

import json
import os
import sys
import warnings
from pathlib import Path

import librosa
import numpy as np
import soxr

N_MFCC = 40
RECORDINGS = [
    "data/3_alto_0.wav",
    "data/7_klatt_2.wav",
    "data/9_gb_1.wav",
]
OUT_DIR = Path("Tests/DigitAudioTests/Fixtures/librosa")


def floats(a):
    """A float32 array (any shape) as nested lists of exact Python floats."""
    a = np.asarray(a, dtype=np.float32)
    if a.ndim == 0:
        return float(a)
    return [floats(x) for x in a] if a.ndim > 1 else [float(x) for x in a]


def versions():
    return {
        "librosa_version": librosa.__version__,
        "soxr_version": soxr.__version__,
        "numpy_version": np.__version__,
    }


def mfcc(y, sr):
    m = librosa.feature.mfcc(y=y, sr=sr, n_mfcc=N_MFCC)
    assert m.shape[0] == N_MFCC and np.all(np.isfinite(m)), "non-finite MFCC"
    return m


def recording(path):
    stem = Path(path).stem
    digit, voice, index = stem.split("_")
    native_sr = librosa.get_samplerate(path)
    y22, sr22 = librosa.load(path)  # sr=22050, mono, res_type="soxr_hq"
    yn, srn = librosa.load(path, sr=None)
    assert sr22 == 22050 and srn == native_sr
    m22 = mfcc(y22, sr22)
    mn = mfcc(yn, srn)
    mean22 = np.mean(m22, axis=1)
    std22 = np.std(m22, axis=1)
    return stem, {
        "file": path,
        "digit": int(digit),
        "voice": voice,
        "index": int(index),
        **versions(),
        "native_sr": int(native_sr),
        "native_samples": int(len(yn)),
        "y_22050": floats(y22),
        "mfcc_22050": floats(m22),
        "mean_22050": floats(mean22),
        "meanstd_22050": floats(np.concatenate([mean22, std22])),
        "y_native": floats(yn),
        "mfcc_native": floats(mn),
        "mean_native": floats(np.mean(mn, axis=1)),
    }


def case(y, sr):
    m = mfcc(y, sr)
    return {"sr": sr, "y": floats(y), "mfcc": floats(m), "mean": floats(np.mean(m, axis=1))}


def synthetic():
    sr = 8000
    n = np.arange(300)
    short = (0.5 * np.sin(2 * np.pi * 440 * n / sr)).astype(np.float32)
    silence = np.zeros(4000, dtype=np.float32)
    return {**versions(), "short": case(short, sr), "silence": case(silence, sr)}


def write(name, obj):
    path = OUT_DIR / f"{name}.json"
    with open(path, "w") as f:
        json.dump(obj, f, separators=(",", ":"))
        f.write("\n")
    return path


def main():
    if not Path("data").is_dir() or not Path("Package.swift").is_file():
        sys.exit("error: run from the repository root (data/ and Package.swift not found)")
    missing = [p for p in RECORDINGS if not Path(p).is_file()]
    if missing:
        sys.exit(f"error: missing {', '.join(missing)}; run scripts/make-sample-data.sh first")
    OUT_DIR.mkdir(parents=True, exist_ok=True)

    total = 0
    for p in RECORDINGS:
        stem, obj = recording(p)
        out = write(stem, obj)
        size = os.path.getsize(out)
        total += size
        frames22 = len(obj["mfcc_22050"][0])
        framesn = len(obj["mfcc_native"][0])
        print(
            f"{out}: {p} native {obj['native_samples']} @ {obj['native_sr']} Hz, "
            f"y_22050 {len(obj['y_22050'])}, mfcc_22050 40x{frames22}, "
            f"mfcc_native 40x{framesn}, {size / 1024:.0f} KiB"
        )
    with warnings.catch_warnings():
        # n_fft=2048 is longer than the 300-sample sine: that is the point.
        warnings.filterwarnings("ignore", message="n_fft=.*is too large")
        obj = synthetic()
    out = write("synthetic", obj)
    size = os.path.getsize(out)
    total += size
    for k in ("short", "silence"):
        c = obj[k]
        print(f"{out} [{k}]: y {len(c['y'])} @ {c['sr']} Hz, mfcc 40x{len(c['mfcc'][0])}, "
              f"mean[0:3] {[round(v, 3) for v in c['mean'][:3]]}")
    print(f"{out}: {size / 1024:.0f} KiB")
    print(f"total {total / 1024:.0f} KiB; librosa {librosa.__version__}, soxr {soxr.__version__}, "
          f"numpy {np.__version__}")


if __name__ == "__main__":
    main()
