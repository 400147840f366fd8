import Foundation
@testable import DigitAudio

/// A fresh empty directory under the system's temporary directory, removed by the caller's `defer`.
func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("digitaudio-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A small, well-separated synthetic data set: `perDigit` rows of each digit, `dimension`
/// features around a per-digit center, FSDD-style names with speakers `alice` and `bob`.
func syntheticTable(perDigit: Int = 12, dimension: Int = 6, seed: UInt64 = 1) -> FeatureTable {
    var generator = SeededGenerator(seed: seed)
    var table = FeatureTable(dimension: dimension)
    for digit in 0..<10 {
        for take in 0..<perDigit {
            let speaker = take % 2 == 0 ? "alice" : "bob"
            let row = (0..<dimension).map { j in
                Float(j == digit % dimension ? 4 : 0) + Float(digit / dimension) * 3 * Float(j) + generator.nextFloat(from: -1, to: 1)
            }
            let url = URL(fileURLWithPath: "/data/\(digit)_\(speaker)_\(take / 2).wav")
            table.append(features: row, recording: Recording(url: url, digit: digit, speaker: speaker, index: take / 2))
        }
    }
    return table
}

/// A small architecture for fast tests.
func smallArchitecture(inputs: Int = 6, dropout: Double = 0) -> Architecture {
    Architecture(inputs: inputs, hidden: [.init(units: 12, activation: .relu, dropout: dropout),
                                          .init(units: 8, activation: .tanh, dropout: dropout)], classes: 10)
}
