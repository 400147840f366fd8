#!/usr/bin/env python3
"""Write real training logs, made by the real frameworks, for the Swift log readers.

`digitviz curves` reads other tools' logs. This script trains tiny models on random data
(a few epochs, seconds each) with each framework and keeps what they write, in
Tests/DigitAudioTests/Fixtures/logs/generated/:

    keras-csvlogger.csv        keras.callbacks.CSVLogger (with ReduceLROnPlateau's learning_rate)
    keras-csvlogger-appended.csv   two fit() calls into one CSVLogger(append=True): epochs restart
    keras-verbose1.log         fit(verbose=1) as a terminal receives it (run under a pty:
                               carriage returns, ANSI colours), two fit() calls, prose between
    keras-verbose2.log         fit(verbose=2), the same two fit() calls
    keras-verbose2-utf16.log   keras-verbose2.log as Windows PowerShell's `>` saves a
                               console capture: UTF-16LE with a BOM, CRLF line ends
    keras-history.json         json.dump(history.history)
    keras-tensorboard/         keras.callbacks.TensorBoard: train/ and validation/ event files
    lightning/metrics.csv      lightning CSVLogger: on_step and on_epoch train metrics,
                               validation, LearningRateMonitor, then trainer.validate and
                               trainer.test after fit
    hf-trainer_state.json      transformers Trainer (a tiny BERT made from a config, no
                               download): logging every few steps, evaluation every epoch
    summarywriter/             torch.utils.tensorboard.SummaryWriter add_scalar (simple_value)
    expected.json              per log, per series name: point count and last value, taken
                               from the frameworks' own objects (history.history,
                               trainer.state.log_history, the values given to add_scalar) or,
                               for metrics.csv, from Python's csv module

Run from the repository root, in a virtual environment (one per machine is enough):

    python3 -m venv .venv
    .venv/bin/pip install --no-deps torch==2.15.0   # runs on CPU without PyPI's CUDA libraries (GBs)
    .venv/bin/pip install filelock typing-extensions sympy networkx jinja2 fsspec
    .venv/bin/pip install tensorflow-cpu==2.21.0 tensorboard==2.21.0 lightning==2.6.6 transformers==5.24.0 accelerate==1.15.0
    .venv/bin/python scripts/make-log-fixtures.py

Each framework runs in its own process (Keras on TensorFlow, the others on torch).
"""

import csv
import json
import math
import os
import shutil
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "DigitAudioTests", "Fixtures", "logs", "generated")
EXPECTED = os.path.join(OUT, "expected.json")


def summary(values):
    """Point count and last value of a series (None for NaN, so that JSON stays standard)."""
    values = [float(v) for v in values]
    last = values[-1] if values else None
    return {"count": len(values), "last": None if last is None or math.isnan(last) else last}


def add_expected(log, series):
    expected = json.load(open(EXPECTED)) if os.path.exists(EXPECTED) else {}
    expected[log] = {name: summary(values) for name, values in series.items()}
    with open(EXPECTED, "w") as f:
        json.dump(expected, f, indent=1, sort_keys=True)
        f.write("\n")


KERAS_TRAINING = textwrap.dedent("""
    import json, os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    import numpy as np, keras
    keras.utils.set_random_seed(7)
    x = np.random.rand(256, 40).astype("float32")
    y = keras.utils.to_categorical(np.random.randint(0, 10, 256), 10)
    model = keras.Sequential([keras.Input((40,)), keras.layers.Dense(32, activation="relu"),
                              keras.layers.Dropout(0.25), keras.layers.Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    verbose, out = int(sys.argv[1]), sys.argv[2]
    callbacks = []
    if verbose == 2:
        # In this order, TensorBoard logs the rate before ReduceLROnPlateau changes it, and
        # CSVLogger sees the learning_rate that ReduceLROnPlateau adds to the logs.
        callbacks = [keras.callbacks.TensorBoard(log_dir=os.path.join(out, "keras-tensorboard")),
                     keras.callbacks.ReduceLROnPlateau(monitor="val_loss", factor=0.5, patience=1),
                     keras.callbacks.CSVLogger(os.path.join(out, "keras-csvlogger.csv"))]
    print("Training a tiny model on random data (digitviz fixture), first fit:")
    first = model.fit(x, y, validation_split=0.25, epochs=4, batch_size=16, verbose=verbose, callbacks=callbacks)
    print("Fine-tuning with a lower learning rate, second fit:")
    model.optimizer.learning_rate = 1e-4
    second = model.fit(x, y, validation_split=0.25, epochs=7, initial_epoch=4, batch_size=16, verbose=verbose)
    model.evaluate(x, y, verbose=verbose)
    # History.history of the first fit, as a user saves it; then both fits, as the console shows them.
    with open(os.path.join(out, "keras-history-%d.json" % verbose), "w") as f:
        json.dump({k: [float(v) for v in first.history[k]] for k in first.history}, f)
    both = {k: [float(v) for v in first.history[k] + second.history[k]] for k in second.history}
    with open(os.path.join(out, "keras-console-%d.json" % verbose), "w") as f:
        json.dump(both, f)
""")

KERAS_APPENDED = textwrap.dedent("""
    import os, sys
    os.environ["TF_CPP_MIN_LOG_LEVEL"] = "3"
    import numpy as np, keras
    keras.utils.set_random_seed(8)
    x = np.random.rand(128, 8).astype("float32"); y = np.random.rand(128, 1).astype("float32")
    model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    path = os.path.join(sys.argv[1], "keras-csvlogger-appended.csv")
    for run in range(2):
        model.fit(x, y, validation_split=0.25, epochs=3, verbose=0,
                  callbacks=[keras.callbacks.CSVLogger(path, append=True)])
""")


def keras_logs():
    script = os.path.join(OUT, "_keras.py")
    with open(script, "w") as f:
        f.write(KERAS_TRAINING)
    shutil.rmtree(os.path.join(OUT, "keras-tensorboard"), ignore_errors=True)
    for name in ("keras-csvlogger.csv", "keras-csvlogger-appended.csv"):
        if os.path.exists(os.path.join(OUT, name)):
            os.remove(os.path.join(OUT, name))
    # verbose 2: plain output; verbose 1 under a pseudo-terminal, as a user's terminal gets it.
    v2 = subprocess.run([sys.executable, script, "2", OUT], capture_output=True, check=True)
    with open(os.path.join(OUT, "keras-verbose2.log"), "wb") as f:
        f.write(v2.stdout)
    command = " ".join([sys.executable, script, "1", OUT])
    v1 = subprocess.run(["script", "-q", "-e", "-c", command, "/dev/null"], capture_output=True, check=True,
                        env=dict(os.environ, COLUMNS="100", TERM="xterm-256color"))
    with open(os.path.join(OUT, "keras-verbose1.log"), "wb") as f:
        f.write(v1.stdout)
    text = v2.stdout.decode("utf-8").replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, "keras-verbose2-utf16.log"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    os.remove(script)

    first_fit = json.load(open(os.path.join(OUT, "keras-history-2.json")))
    os.replace(os.path.join(OUT, "keras-history-2.json"), os.path.join(OUT, "keras-history.json"))
    os.remove(os.path.join(OUT, "keras-history-1.json"))
    console2 = json.load(open(os.path.join(OUT, "keras-console-2.json")))
    console1 = json.load(open(os.path.join(OUT, "keras-console-1.json")))
    for verbose in (1, 2):
        os.remove(os.path.join(OUT, "keras-console-%d.json" % verbose))
    add_expected("keras-history.json", first_fit)
    add_expected("keras-verbose2.log", console2)
    add_expected("keras-verbose2-utf16.log", console2)
    add_expected("keras-verbose1.log", console1)
    add_expected("keras-csvlogger.csv", first_fit)  # CSVLogger and TensorBoard were on the first fit
    add_expected("keras-tensorboard", first_fit)

    script = os.path.join(OUT, "_keras_appended.py")
    with open(script, "w") as f:
        f.write(KERAS_APPENDED)
    subprocess.run([sys.executable, script, OUT], check=True)
    os.remove(script)
    rows = list(csv.DictReader(open(os.path.join(OUT, "keras-csvlogger-appended.csv"))))
    add_expected("keras-csvlogger-appended.csv", {k: [r[k] for r in rows] for k in ("loss", "val_loss")})


def lightning_log():
    import torch
    import lightning as L
    from lightning.pytorch.callbacks import LearningRateMonitor
    from lightning.pytorch.loggers import CSVLogger

    L.seed_everything(3)

    class Tiny(L.LightningModule):
        def __init__(self):
            super().__init__()
            self.net = torch.nn.Linear(8, 3)

        def step(self, batch, prefix, **kw):
            x, y = batch
            logits = self.net(x)
            loss = torch.nn.functional.cross_entropy(logits, y)
            self.log(f"{prefix}_loss", loss, **kw)
            self.log(f"{prefix}_acc", (logits.argmax(1) == y).float().mean(), **kw)
            return loss

        def training_step(self, batch, _):
            return self.step(batch, "train", on_step=True, on_epoch=True)

        def validation_step(self, batch, _):
            self.step(batch, "val")

        def test_step(self, batch, _):
            self.step(batch, "test")

        def configure_optimizers(self):
            opt = torch.optim.SGD(self.parameters(), lr=0.1)
            return [opt], [torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)]

    data = torch.utils.data.TensorDataset(torch.randn(160, 8), torch.randint(0, 3, (160,)))
    loader = lambda: torch.utils.data.DataLoader(data, batch_size=16)
    folder = os.path.join(OUT, "_lightning")
    shutil.rmtree(folder, ignore_errors=True)
    trainer = L.Trainer(max_epochs=4, logger=CSVLogger(folder, name="", version=""), log_every_n_steps=3,
                        callbacks=[LearningRateMonitor("epoch")], enable_checkpointing=False,
                        enable_progress_bar=False, enable_model_summary=False, accelerator="cpu")
    model = Tiny()
    trainer.fit(model, loader(), loader())
    trainer.validate(model, loader())
    trainer.test(model, loader())
    os.makedirs(os.path.join(OUT, "lightning"), exist_ok=True)
    shutil.copy(os.path.join(folder, "metrics.csv"), os.path.join(OUT, "lightning", "metrics.csv"))
    shutil.rmtree(folder)
    rows = list(csv.DictReader(open(os.path.join(OUT, "lightning", "metrics.csv"))))
    columns = [c for c in rows[0].keys() if c not in ("epoch", "step")]
    add_expected("lightning/metrics.csv", {c: [r[c] for r in rows if r[c] != ""] for c in columns})


def transformers_log():
    import torch
    from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainingArguments

    torch.manual_seed(5)
    config = BertConfig(vocab_size=64, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=32, num_labels=2)
    model = BertForSequenceClassification(config)

    class Random(torch.utils.data.Dataset):
        def __init__(self, n, seed):
            g = torch.Generator().manual_seed(seed)
            self.ids = torch.randint(0, 64, (n, 12), generator=g)
            self.labels = torch.randint(0, 2, (n,), generator=g)

        def __len__(self):
            return len(self.labels)

        def __getitem__(self, i):
            return {"input_ids": self.ids[i], "labels": self.labels[i]}

    def accuracy(prediction):
        return {"accuracy": float((prediction.predictions.argmax(-1) == prediction.label_ids).mean())}

    folder = os.path.join(OUT, "_hf")
    args = TrainingArguments(output_dir=folder, num_train_epochs=3, per_device_train_batch_size=8,
                             logging_steps=4, eval_strategy="epoch", save_strategy="no", report_to=[],
                             learning_rate=5e-4, seed=5, use_cpu=True, disable_tqdm=True)
    trainer = Trainer(model=model, args=args, train_dataset=Random(96, 1), eval_dataset=Random(32, 2),
                      compute_metrics=accuracy)
    trainer.train()
    trainer.state.save_to_json(os.path.join(OUT, "hf-trainer_state.json"))
    shutil.rmtree(folder, ignore_errors=True)
    series = {}
    for entry in trainer.state.log_history:
        if "train_runtime" in entry:
            continue
        for key, value in entry.items():
            if key not in ("epoch", "step") and not key.endswith(("_runtime", "_per_second")) and key != "total_flos":
                series.setdefault(key, []).append(value)
    add_expected("hf-trainer_state.json", series)


def summarywriter_log():
    from torch.utils.tensorboard import SummaryWriter

    folder = os.path.join(OUT, "summarywriter")
    shutil.rmtree(folder, ignore_errors=True)
    writer = SummaryWriter(folder)
    written = {"Loss/train": [], "Loss/val": [], "Accuracy/train": [], "Accuracy/val": []}
    for step in range(30):
        loss = 2.0 * math.exp(-step / 10) + 0.05 * math.sin(step)
        for tag, value in (("Loss/train", loss), ("Accuracy/train", 1 - loss / 2.5)):
            writer.add_scalar(tag, value, step)
            written[tag].append(value)
        if step % 10 == 9:
            for tag, value in (("Loss/val", loss * 1.1), ("Accuracy/val", 1 - loss / 2.2)):
                writer.add_scalar(tag, value, step)
                written[tag].append(value)
    writer.close()
    add_expected("summarywriter", written)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    which = sys.argv[1:] or ["keras", "lightning", "transformers", "summarywriter"]
    for name in which:
        print("making", name, "logs", flush=True)
        {"keras": keras_logs, "lightning": lightning_log, "transformers": transformers_log,
         "summarywriter": summarywriter_log}[name]()
