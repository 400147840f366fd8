import Foundation
import Testing

/// Machine-readable output: `evaluate --json` with scikit-learn's keys, `--misclassified`,
/// `predict` on folders with every class's probability. (`train --json`: EpochNumberingTests.)
@Suite struct MachineReadableTests {
    @Test func evaluateAndPredict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try smallSampleData(in: folder)
        let model = folder.path("m.safetensors")
        let train = try CommandRunner.run(["train", data, "-m", model, "--epochs", "3", "-q"])
        #expect(train.status == 0, "\(train.stderr)")

        let evaluate = try CommandRunner.run(["evaluate", model, data, "--split", "all", "--json", "--misclassified"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any])
        #expect(report["accuracy"] is Double && report["classes"] is [Any] && report["confusionMatrix"] is [Any], "ours")
        let sklearn = try #require(report["classification_report"] as? [String: Any])
        #expect(Set(sklearn.keys) == Set((0...9).map(String.init) + ["accuracy", "macro avg", "weighted avg"]))
        for key in (0...9).map(String.init) + ["macro avg", "weighted avg"] {
            let scores = try #require(sklearn[key] as? [String: Any], "\(key)")
            #expect(Set(scores.keys) == ["precision", "recall", "f1-score", "support"])
        }
        #expect((sklearn["weighted avg"] as? [String: Any])?["support"] as? Int == 100)
        #expect(sklearn["accuracy"] as? Double == report["accuracy"] as? Double)
        let misses = try #require(report["misclassified"] as? [[String: Any]])
        let accuracy = try #require(report["accuracy"] as? Double)
        #expect(misses.count == 100 - Int((accuracy * 100).rounded()))
        for miss in misses {
            #expect((miss["file"] as? String)?.hasSuffix(".wav") == true && miss["true"] is Int && miss["predicted"] is Int
                && miss["true"] as? Int != miss["predicted"] as? Int)
        }
        #expect(evaluate.stderr.hasPrefix("100 recordings: "), "the summary on stderr: \(evaluate.stderr)")

        let text = try CommandRunner.run(["evaluate", model, data, "--split", "all", "--misclassified", "-q"])
        #expect(text.status == 0 && text.stderr.isEmpty)
        #expect(text.stdout.contains("misclassified: \(misses.count)\nfile\ttrue\tpredicted"))

        let predict = try CommandRunner.run(["predict", model, data])
        #expect(predict.status == 0, "\(predict.stderr)")
        let lines = predict.stdout.split(separator: "\n")
        #expect(lines.count == 100, "one row per file of the folder")
        #expect(lines[0].hasPrefix(data + "/0_alto_0.wav: "))
        let json = try CommandRunner.run(["predict", model, data + "/3_alto_0.wav", "--json"])
        let line = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let probabilities = try #require(line["probabilities"] as? [Double])
        #expect(probabilities.count == 10 && abs(probabilities.reduce(0, +) - 1) < 1e-4)
        #expect(line["digit"] as? Int == probabilities.indices.max { probabilities[$0] < probabilities[$1] })

        let empty = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try CommandRunner.run(["predict", model, empty.path])
        #expect(none.status == 1 && none.stderr.hasPrefix("digitviz: \(empty.path): no audio files in this folder"))
    }
}
