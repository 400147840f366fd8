#!/usr/bin/env python3
"""Synthetic voices saying the ten digits, as extra training data (`make voices`).

    scripts/make-voices.py OUT [--speakers N] [--takes T] [--seed S]

Writes OUT/{digit}_{speaker}_{take}.wav with Debian's speech synthesisers: espeak-ng
(English accents × voice variants), flite (kal, kal16, awb, rms, slt) and festival
(kal and ked diphones, the slt HTS voice), each take at a seeded random pitch and
speaking rate. A speaker is one synthesiser voice (`espeak-en-us-m3`, `flite-slt`), so
the speaker-grouped validation split treats each as one person. Deterministic for a
seed; needs `apt-get install espeak-ng flite festival festvox-kallpc16k
festvox-kdlpc16k festvox-us-slt-hts` (missing synthesisers are skipped with a note).
"""
import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile

WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ESPEAK_ACCENTS = ["en-us", "en-gb", "en-gb-scotland", "en-gb-x-rp", "en-029", "en-gb-x-gbclan", "en-gb-x-gbcwmd"]
# espeak-ng's voice variants that sound like a person (the robotic, whispering and
# croaking ones left out).
ESPEAK_VARIANTS = [
    "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "f1", "f2", "f3", "f4", "f5",
    "klatt", "klatt2", "klatt3", "klatt4", "klatt6", "adam", "Alex", "Alicia", "Andrea", "Andy",
    "Annie", "antonio", "aunty", "belinda", "benjamin", "boris", "caleb", "david", "Denis",
    "Diogo", "ed", "edward", "Gene", "gustave", "Henrique", "Hugo", "iven", "iven2", "iven3",
    "Jacky", "john", "Lee", "linda", "marcelo", "Marco", "Mario", "max", "Michael", "michel",
    "miguel", "Mike", "Nguyen", "pablo", "paul", "pedro", "quincy", "rob", "robert", "steph",
    "steph2", "steph3", "Storm", "zac", "anika", "grandpa", "grandma", "norbert", "sandro",
    "shelby", "travis", "victor",
]
FLITE_VOICES = ["kal", "kal16", "awb", "rms", "slt"]
FESTIVAL_VOICES = {"kal_diphone": "kal", "ked_diphone": "ked", "cmu_us_slt_arctic_hts": "slt"}


def espeak(path, word, accent, variant, rng):
    pitch, speed = rng.randint(25, 75), rng.randint(120, 200)
    subprocess.run(["espeak-ng", "-v", f"{accent}+{variant}", "-p", str(pitch), "-s", str(speed), "-w", path, word], check=True)


def flite(path, word, voice, rng):
    stretch, f0 = rng.uniform(0.85, 1.3), rng.uniform(0.8, 1.25)
    base = 170 if voice == "slt" else 105
    subprocess.run(["flite", "-voice", voice, "--setf", f"duration_stretch={stretch:.3f}",
                    "--setf", f"int_f0_target_mean={base * f0:.1f}", "-t", word, "-o", path], check=True)


def festival(path, word, voice, rng):
    stretch = rng.uniform(0.85, 1.3)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as text:
        text.write(word + "\n")
    try:
        subprocess.run(["text2wave", "-eval", f"(voice_{voice})", "-eval", f"(Parameter.set 'Duration_Stretch {stretch:.3f})",
                        "-o", path, text.name], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        os.unlink(text.name)


def speakers(count, rng):
    """Up to `count` (name, synthesise) pairs: every flite and festival voice, then espeak-ng
    accent × variant pairs in a seeded order."""
    chosen = []
    if shutil.which("flite"):
        chosen += [(f"flite-{v}", lambda p, w, r, v=v: flite(p, w, v, r)) for v in FLITE_VOICES]
    else:
        print("make-voices: flite not installed, skipped", file=sys.stderr)
    if shutil.which("text2wave"):
        for v, short in FESTIVAL_VOICES.items():
            probe = subprocess.run(["festival", "--batch", f"(voice_{v})"], capture_output=True)
            if probe.returncode == 0 and not probe.stderr:
                chosen.append((f"festival-{short}", lambda p, w, r, v=v: festival(p, w, v, r)))
    else:
        print("make-voices: festival not installed, skipped", file=sys.stderr)
    if shutil.which("espeak-ng"):
        pairs = [(a, v) for a in ESPEAK_ACCENTS for v in ESPEAK_VARIANTS]
        rng.shuffle(pairs)
        chosen += [(f"espeak-{a}-{v.lower()}", lambda p, w, r, a=a, v=v: espeak(p, w, a, v, r)) for a, v in pairs]
    else:
        print("make-voices: espeak-ng not installed, skipped", file=sys.stderr)
    return chosen[:count]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--speakers", type=int, default=60, help="voices (default 60)")
    parser.add_argument("--takes", type=int, default=5, help="takes of each digit per voice (default 5)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    voices = speakers(args.speakers, rng)
    if not voices:
        sys.exit("make-voices: no speech synthesiser installed (espeak-ng, flite or festival)")
    staging = tempfile.mkdtemp(prefix=".voices-", dir=os.path.dirname(os.path.abspath(args.out)) or ".")
    try:
        for number, (name, synthesise) in enumerate(voices, 1):
            for digit, word in enumerate(WORDS):
                for take in range(args.takes):
                    synthesise(os.path.join(staging, f"{digit}_{name}_{take}.wav"), word, rng)
            if sys.stderr.isatty():
                print(f"\r{number}/{len(voices)} voices", end="", file=sys.stderr, flush=True)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if os.path.exists(args.out):
            shutil.rmtree(args.out)
        os.rename(staging, args.out)
    finally:
        if os.path.exists(staging):
            shutil.rmtree(staging)
    print(f"{len(voices)} voices × 10 digits × {args.takes} takes in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
