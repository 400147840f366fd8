#!/usr/bin/env python3
"""The original project's training, for `make bench` (scripts/bench.sh).

    python train.py FEATURES.csv MODEL.keras LOG.csv

40 mean MFCCs per recording (the CSV of features.py or `digitviz features`), a stratified
random 80/20 split, the original Keras network: Dense(128) ReLU Dropout(0.25),
Dense(256) ReLU Dropout(0.25), Dense(128) ReLU Dropout(0.25), Dense(10) softmax; Adam
(Keras defaults), categorical cross-entropy, batch 16, 200 epochs, the test part as
validation_data, the best epoch kept by ModelCheckpoint(save_best_only=True), a
CSVLogger run log. CPU only, unstandardized features, as the original.
"""
import os
import sys

os.environ.setdefault("CUDA_VISIBLE_DEVICES", "")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import numpy as np  # noqa: E402
import keras  # noqa: E402
from keras import layers  # noqa: E402


def split(labels: np.ndarray, test: float, seed: int):
    """A stratified random split: each digit's rows shuffled, the first `test` part held out."""
    rng = np.random.default_rng(seed)
    train_rows, test_rows = [], []
    for digit in np.unique(labels):
        rows = np.flatnonzero(labels == digit)
        rng.shuffle(rows)
        cut = int(round(len(rows) * test))
        test_rows.extend(rows[:cut])
        train_rows.extend(rows[cut:])
    return np.array(sorted(train_rows)), np.array(sorted(test_rows))


def main() -> None:
    features, model_path, log_path = sys.argv[1:4]
    table = np.genfromtxt(features, delimiter=",", skip_header=1, usecols=range(41))
    x, labels = table[:, :40].astype("float32"), table[:, 40].astype(int)
    train_rows, test_rows = split(labels, 0.2, 42)
    y = keras.utils.to_categorical(labels, 10)
    keras.utils.set_random_seed(42)
    model = keras.Sequential([
        keras.Input(shape=(40,)),
        layers.Dense(128, activation="relu"), layers.Dropout(0.25),
        layers.Dense(256, activation="relu"), layers.Dropout(0.25),
        layers.Dense(128, activation="relu"), layers.Dropout(0.25),
        layers.Dense(10, activation="softmax"),
    ])
    model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
    model.fit(
        x[train_rows], y[train_rows], batch_size=16, epochs=200, verbose=0,
        validation_data=(x[test_rows], y[test_rows]),
        callbacks=[keras.callbacks.ModelCheckpoint(model_path, save_best_only=True),
                   keras.callbacks.CSVLogger(log_path)],
    )


if __name__ == "__main__":
    main()
