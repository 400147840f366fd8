#!/usr/bin/env bash
# Proves that digitviz can be a versioned dependency: copies the working tree into a
# throwaway git repository tagged 1.0.0, then builds and runs a small package that
# depends on it with `from: "1.0.0"`, computes the MFCCs of one bundled recording with
# DigitAudio and draws their heatmap with DigitPlot. SwiftPM refuses such a dependency
# when a library target uses unsafeFlags, so this fails if one comes back.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/digitviz-consumer.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The library as a tagged repository: tracked and new (not ignored) files of the working tree.
mkdir "$work/digitviz"
(cd "$root" && git ls-files -z --cached --others --exclude-standard) \
    | (cd "$root" && xargs -0 tar -cf - --ignore-failed-read 2>/dev/null) | tar -xf - -C "$work/digitviz"
git -C "$work/digitviz" init -q
git -C "$work/digitviz" add -A
git -C "$work/digitviz" -c user.name=check -c user.email=check@localhost commit -qm "digitviz for the consumer check"
git -C "$work/digitviz" tag 1.0.0

mkdir -p "$work/consumer/Sources/Consumer"
cat > "$work/consumer/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Consumer",
    dependencies: [.package(url: "file://$work/digitviz", from: "1.0.0")],
    targets: [
        .executableTarget(name: "Consumer", dependencies: [
            .product(name: "DigitAudio", package: "digitviz"),
            .product(name: "DigitPlot", package: "digitviz"),
        ]),
    ]
)
SWIFT
cat > "$work/consumer/Sources/Consumer/main.swift" <<'SWIFT'
import DigitAudio
import DigitPlot
import Foundation

let input = URL(fileURLWithPath: CommandLine.arguments[1])
let output = URL(fileURLWithPath: CommandLine.arguments[2])
let clip = try AudioLoader(targetRate: 22_050).load(input)
let mfcc = MFCCAnalyzer(configuration: .standard, sampleRate: clip.sampleRate).mfcc(clip.samples)
print("\(mfcc.coefficients) coefficients × \(mfcc.frames) frames")
try MFCCHeatmap(matrix: mfcc, title: "MFCC of \(input.lastPathComponent)").render(to: output)
SWIFT

cd "$work/consumer"
swift build -q
swift run -q Consumer "$root/data/3_alto_0.wav" "$work/mfcc.png" | tee "$work/stdout"
grep -q '^40 coefficients × ' "$work/stdout"
[ "$(head -c 8 "$work/mfcc.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || { echo "check-consumer: no PNG written" >&2; exit 1; }
echo "check-consumer: a package depending on digitviz 1.0.0 by version built, computed MFCCs and drew a PNG"
