#!/usr/bin/env python3
"""One prediction from a WAV as a whole process, for `make bench` (scripts/bench.sh).

    python predict.py MODEL.keras FILE.wav

librosa.load, 40 mean MFCCs, the Keras model of train.py, the most probable digit printed.
"""
import os
import sys

os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import librosa  # noqa: E402
import numpy as np  # noqa: E402
import keras  # noqa: E402


def main() -> None:
    model = keras.models.load_model(sys.argv[1])
    y, sr = librosa.load(sys.argv[2])
    features = np.mean(librosa.feature.mfcc(y=y, sr=sr, n_mfcc=40).T, axis=0)
    print(int(np.argmax(model.predict(features[None, :], verbose=0)[0])))


if __name__ == "__main__":
    main()
