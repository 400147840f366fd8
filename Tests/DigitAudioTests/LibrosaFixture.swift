import Foundation
@testable import DigitAudio

/// A fixture written by `scripts/make-fixtures.py` with librosa itself.
struct LibrosaFixture: Decodable {
    var file: String
    var native_sr: Int
    var y_22050: [Float]
    var mfcc_22050: [[Float]]
    var mean_22050: [Float]
    var meanstd_22050: [Float]
    var y_native: [Float]
    var mfcc_native: [[Float]]
    var mean_native: [Float]

    /// The fixtures of the three sample recordings.
    static let names = ["3_alto_0", "7_klatt_2", "9_gb_1"]

    static func load(_ name: String) throws -> LibrosaFixture {
        try JSONDecoder().decode(LibrosaFixture.self, from: Data(contentsOf: fixture("librosa/\(name).json")))
    }

    /// The recording the fixture was made from, in the repository's `data/`.
    var recordingURL: URL { repositoryRoot.appendingPathComponent(file) }
}

/// `synthetic.json`: edge cases computed by librosa from signals the script defines.
struct SyntheticFixture: Decodable {
    struct Case: Decodable {
        var sr: Int
        var y: [Float]
        var mfcc: [[Float]]
        var mean: [Float]
    }
    var short: Case
    var silence: Case

    static func load() throws -> SyntheticFixture {
        try JSONDecoder().decode(SyntheticFixture.self, from: Data(contentsOf: fixture("librosa/synthetic.json")))
    }
}

/// The repository's root, found from this source file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The largest absolute difference between two equally long vectors, divided by the
/// largest magnitude of the reference: a relative error on the vector's scale.
func relativeError(_ ours: [Float], _ reference: [Float]) -> Double {
    precondition(ours.count == reference.count, "length \(ours.count) ≠ \(reference.count)")
    let scale = reference.map { abs(Double($0)) }.max() ?? 0
    let worst = zip(ours, reference).map { abs(Double($0) - Double($1)) }.max() ?? 0
    return scale == 0 ? worst : worst / scale
}

/// Flattens a librosa matrix (rows of coefficients) into our row-major layout.
func flatten(_ rows: [[Float]]) -> [Float] { rows.flatMap { $0 } }
