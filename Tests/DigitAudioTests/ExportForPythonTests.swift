import Foundation
import Testing
@testable import DigitAudio

/// Writes a model file and cases for `scripts/check-safetensors.py` when
/// `DIGITVIZ_EXPORT_DIR` names a directory; skipped otherwise.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["DIGITVIZ_EXPORT_DIR"] != nil))
struct ExportForPythonTests {
    @Test func exportModelAndProbabilities() throws {
        let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["DIGITVIZ_EXPORT_DIR"]!)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = SeededGenerator(seed: 2024)
        let dimension = 40
        let mean = (0..<dimension).map { _ in generator.nextFloat(from: -50, to: 50) }
        let std = (0..<dimension).map { _ in generator.nextFloat(from: 1, to: 30) }
        let model = TrainedModel(
            network: Network(architecture: .original, generator: &generator),
            standardizer: Standardizer(mean: mean, std: std), metadata: ["best_epoch": "0"])
        try ModelFile.write(model, to: directory.appendingPathComponent("model.safetensors"))

        let rows = 32
        let features = (0..<rows).map { _ in (0..<dimension).map { mean[$0] + std[$0] * generator.nextFloat(from: -3, to: 3) } }
        let probabilities = model.predictProbabilities(batch: features.flatMap { $0 })
        let cases: [String: [[Float]]] = [
            "features": features,
            "probabilities": (0..<rows).map { Array(probabilities[$0 * 10 ..< $0 * 10 + 10]) },
        ]
        try JSONEncoder().encode(cases).write(to: directory.appendingPathComponent("cases.json"))
    }
}
