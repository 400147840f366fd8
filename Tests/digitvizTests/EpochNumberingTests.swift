import DigitAudio
import DigitPlot
import Foundation
import Testing

/// One epoch numbering: the console's "Epoch 1/N" from 1; the run log's `epoch` column from
/// 0 as Keras' CSVLogger; the model file, `--json` and the curves as the console.
@Suite struct EpochNumberingTests {
    @Test func consoleModelJSONAndChartAgree() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try smallSampleData(in: folder)
        let model = folder.path("m.safetensors"), log = folder.path("run.log")
        let train = try CommandRunner.run(["train", data, "--epochs", "8", "-m", model, "--log", log, "--json"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stderr.contains("Epoch 1/8 - ") && train.stderr.contains("Epoch 8/8 - "))
        let best = try #require(train.stderr.split(separator: "\n").first { $0.hasPrefix("Best epoch ") })
        let consoleBest = try #require(Int(best.dropFirst("Best epoch ".count).prefix { $0 != "/" }))

        let summary = try #require(try JSONSerialization.jsonObject(with: Data(train.stdout.utf8)) as? [String: Any])
        #expect(summary["best_epoch"] as? Int == consoleBest)
        #expect(summary["epochs"] as? Int == 8 && summary["epochs_trained"] as? Int == 8)
        #expect(summary["model"] as? String == model && summary["log"] as? String == log)
        #expect((summary["val_accuracy"] as? Double).map { (0...1).contains($0) } == true)
        #expect(summary["test_accuracy"] is Double && summary["training_seconds"] is Double)
        #expect((summary["features"] as? [String: Any])?["pooling"] as? String == "segments")

        let trained = try ModelFile.read(from: URL(fileURLWithPath: model))
        #expect(trained.metadata["best_epoch"] == String(consoleBest))

        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.split(whereSeparator: \.isNewline)[1].hasPrefix("0,"), "CSVLogger's epoch column counts from 0")
        let chart = Curves(history: try RunLogReader.read(contentsOf: URL(fileURLWithPath: log)), metric: "loss")
        let labels = chart.figure.panels[0].legendEntries.map(\.label)
        #expect(labels.contains("best epoch \(consoleBest)"), "\(labels)")
    }
}
