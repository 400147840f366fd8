#!/usr/bin/env python3
"""Write Keras' outputs for a small convolutional network, for the Swift tests.

digitviz's convolutional networks (`digitviz train --network cnn`) must compute what
Keras computes for the same layers and weights. This script builds, with seeded random
weights, the Keras model

    Input(9 frames, 3 channels)
    Conv1D(4, 3, activation="relu")      valid padding, stride 1
    MaxPooling1D(2)                      pool 2, stride 2, valid
    Conv1D(5, 2, activation="relu")
    GlobalMaxPooling1D()  (and a second model with GlobalAveragePooling1D)
    Dense(6, activation="relu")
    Dense(10, activation="softmax")

runs it on random inputs, and writes Tests/DigitAudioTests/Fixtures/keras-conv/conv.json:

    keras_version                 the Keras that computed the outputs
    frames, channels              the input's shape per row
    inputs                        [rows][frames * channels], frame by frame
    conv_0.kernel, conv_1.kernel  [width][channels][filters], as Keras stores them
    conv_0.bias, conv_1.bias      [filters]
    dense_0.kernel, dense_1.kernel, dense_0.bias, dense_1.bias
    max, mean                     [rows][10] softmax outputs with each global pooling

Run from the repository root (Keras 3 with a backend, e.g. `pip install keras tensorflow`):

    python3 scripts/make-conv-fixture.py
"""
import json
import os

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import keras
import numpy as np

FRAMES, CHANNELS, ROWS = 9, 3, 8


def model(pooling, weights=None):
    layers = [
        keras.Input((FRAMES, CHANNELS)),
        keras.layers.Conv1D(4, 3, activation="relu"),
        keras.layers.MaxPooling1D(2),
        keras.layers.Conv1D(5, 2, activation="relu"),
        pooling(),
        keras.layers.Dense(6, activation="relu"),
        keras.layers.Dense(10, activation="softmax"),
    ]
    network = keras.Sequential(layers)
    if weights is not None:
        network.set_weights(weights)
    return network


def main():
    keras.utils.set_random_seed(7)
    first = model(keras.layers.GlobalMaxPooling1D)
    # Random biases too, so that a missing bias would show.
    rng = np.random.default_rng(7)
    weights = [w if w.ndim > 1 else rng.uniform(-0.3, 0.3, w.shape).astype(np.float32) for w in first.get_weights()]
    first.set_weights(weights)
    second = model(keras.layers.GlobalAveragePooling1D, weights)
    inputs = rng.uniform(-2, 2, (ROWS, FRAMES, CHANNELS)).astype(np.float32)
    names = ["conv_0.kernel", "conv_0.bias", "conv_1.kernel", "conv_1.bias",
             "dense_0.kernel", "dense_0.bias", "dense_1.kernel", "dense_1.bias"]
    fixture = {
        "keras_version": keras.__version__,
        "frames": FRAMES,
        "channels": CHANNELS,
        "inputs": inputs.reshape(ROWS, -1).tolist(),
        **{name: weight.tolist() for name, weight in zip(names, weights)},
        "max": first.predict(inputs, verbose=0).tolist(),
        "mean": second.predict(inputs, verbose=0).tolist(),
    }
    path = "Tests/DigitAudioTests/Fixtures/keras-conv/conv.json"
    with open(path, "w") as handle:
        json.dump(fixture, handle)
    print(path)


if __name__ == "__main__":
    main()
