import Foundation
@testable import DigitAudio

/// The URL of a file under `Fixtures/`, e.g. `fixture("keras/csvlogger.csv")`.
func fixture(_ path: String) -> URL {
    Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(path)
}

/// The folder of this test process's temporary directories, removed when the process exits.
private let temporaryRootPath = FileManager.default.temporaryDirectory
    .appendingPathComponent("DigitAudioTests-\(UUID().uuidString)").path
private let temporaryRootIsCleanedAtExit: Bool = {
    atexit { try? FileManager.default.removeItem(atPath: temporaryRootPath) }
    return true
}()

/// A new empty directory under the system's temporary directory, removed with the rest of
/// the test process's when it exits.
func makeTemporaryDirectory() throws -> URL {
    precondition(temporaryRootIsCleanedAtExit)
    let url = URL(fileURLWithPath: temporaryRootPath).appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Whether two value tables are equal, counting `nan` as equal to `nan`.
func sameValues(_ a: [[Double]], _ b: [[Double]]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { rowA, rowB in
        rowA.count == rowB.count && zip(rowA, rowB).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
    }
}

/// The error `body` throws as a ``FileFormatError``, or `nil` if it throws nothing or something else.
func fileFormatError<T>(_ body: () throws -> T) -> FileFormatError? {
    do { _ = try body() } catch let error as FileFormatError { return error } catch {}
    return nil
}

/// Whether `a` and `b` differ by at most `tolerance`.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-12) -> Bool {
    abs(a - b) <= tolerance
}

/// Whether two metrics are equal within `tolerance` and have the same support.
func isClose(_ a: ClassMetrics, _ b: ClassMetrics, tolerance: Double = 1e-12) -> Bool {
    isClose(a.precision, b.precision, tolerance: tolerance) && isClose(a.recall, b.recall, tolerance: tolerance)
        && isClose(a.f1, b.f1, tolerance: tolerance) && a.support == b.support
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
