import Foundation
import Testing
@testable import DigitAudio

/// The readers of other tools' logs, on real logs: the public samples (Fixtures/logs/public,
/// see its SOURCES.tsv) and logs made by the frameworks themselves
/// (Fixtures/logs/generated, by scripts/make-log-fixtures.py).
@Suite struct LogReadersTests {
    /// Every log of a fixtures folder: files, and folders holding event files (read as one run).
    static func logs(in folder: String) -> [String] {
        let root = fixture(folder)
        let manager = FileManager.default
        var result: [String] = []
        for item in (try? manager.contentsOfDirectory(atPath: root.path)) ?? [] {
            let url = root.appendingPathComponent(item)
            var isFolder: ObjCBool = false
            manager.fileExists(atPath: url.path, isDirectory: &isFolder)
            if !isFolder.boolValue {
                if !["README.md", "SOURCES.tsv", "expected.json"].contains(item) { result.append("\(folder)/\(item)") }
            } else if (try? manager.contentsOfDirectory(atPath: url.path))?.contains(where: { $0.contains("tfevents") || $0 == "train" || $0 == "metrics.csv" }) == true {
                result.append("\(folder)/\(item)")
            } else {
                result += logs(in: "\(folder)/\(item)")
            }
        }
        return result.sorted()
    }

    static let publicLogs = logs(in: "logs/public")
    static let generatedLogs = logs(in: "logs/generated")

    @Test func fixturesAreThere() {
        #expect(Self.publicLogs.count == 10)
        #expect(Self.generatedLogs.count == 10)
    }

    @Test(arguments: publicLogs + generatedLogs + logs(in: "keras"))
    func everyLogReadsWithFiniteValues(log: String) throws {
        let history = try RunLogReader.read(contentsOf: fixture(log))
        #expect(!history.families.isEmpty)
        #expect(history.series.contains { $0.values.contains(where: \.isFinite) })
        for series in history.series {
            #expect(zip(series.epochs, series.steps).allSatisfy { $0.isFinite || $1.isFinite }, "\(series.name) has a point without x")
        }
    }

    /// The frameworks' own values (history.history, log_history, add_scalar's arguments).
    struct Expectation: Decodable {
        var count: Int
        var last: Double?
    }

    @Test func generatedLogsHoldWhatTheFrameworksRecorded() throws {
        let data = try Data(contentsOf: fixture("logs/generated/expected.json"))
        let expected = try JSONDecoder().decode([String: [String: Expectation]].self, from: data)
        #expect(expected.count == Self.generatedLogs.count, "\(expected.keys.sorted())")
        for (log, series) in expected {
            let history = try RunLogReader.read(contentsOf: fixture("logs/generated/\(log)"))
            // Consoles print 4 significant decimals (Keras 3: "0.1234" or "1.2345e-04").
            let tolerance = log.hasSuffix(".log") ? 5e-5 : 1e-6
            for (name, expectation) in series {
                // Lightning's validation after fit is read apart; together they are the column.
                let parts = [history[name], history[name + " (after training)"]].compactMap { $0 }
                #expect(parts.map(\.count).reduce(0, +) == expectation.count, "\(log): \(name)")
                guard let last = parts.last?.values.last else { continue }
                if let value = expectation.last {
                    #expect(abs(last - value) <= tolerance * max(1, abs(value)), "\(log): \(name) \(last) vs \(value)")
                } else {
                    #expect(last.isNaN, "\(log): \(name)")
                }
            }
        }
    }

    @Test func kerasTensorBoardFolderIsOneRunWithEpochs() throws {
        let history = try RunLogReader.read(contentsOf: fixture("logs/generated/keras-tensorboard"))
        let loss = try #require(history["loss"])
        let validation = try #require(history["val_loss"])
        #expect(loss.split == MetricName.train && validation.split == MetricName.validation)
        #expect(validation.epochs == [0, 1, 2, 3])
        #expect(history.series(inFamily: "accuracy").map(\.split) == [MetricName.train, MetricName.validation])
    }

    @Test func tensorBoardTornAfterGoodRecordsKeepsThemAndWarnsOnce() throws {
        let source = try #require(FileManager.default.contentsOfDirectory(atPath: fixture("logs/generated/summarywriter").path).first)
        let bytes = try Data(contentsOf: fixture("logs/generated/summarywriter/\(source)"))
        let full = try RunLogReader.read(contentsOf: fixture("logs/generated/summarywriter/\(source)"))
        let folder = try makeTemporaryDirectory()
        for (name, damaged) in [("torn", bytes.prefix(bytes.count - 7)), ("corrupt", corrupting(bytes, at: bytes.count - 30))] {
            let url = folder.appendingPathComponent("events.out.tfevents.\(name)")
            try damaged.write(to: url)
            var warnings: [String] = []
            let history = try RunLogReader.read(contentsOf: url) { warnings.append($0) }
            #expect(warnings.count == 1 && warnings[0].hasPrefix(url.relativePath), "\(warnings)")
            let kept = history.series.map(\.count).reduce(0, +)
            #expect(kept > 0 && kept < full.series.map(\.count).reduce(0, +))
        }
    }

    private func corrupting(_ data: Data, at offset: Int) -> Data {
        var copy = data
        copy[copy.startIndex + offset] ^= 0xFF
        return copy
    }

    @Test func lightningTensorBoardEpochScalarGivesEpochsAndValidateIsApart() throws {
        let history = try RunLogReader.read(contentsOf: fixture("logs/public/tfevents/HCDescamps__cv-image-classification__lightning_logs_mnist_cnn_v0"))
        #expect(history["epoch"] == nil && history["hp_metric"] == nil)
        let validation = try #require(history["val_loss"])
        #expect(validation.epochs == [0, 1, 2, 3, 4])
        #expect(history["val_loss (after training)"]?.epochs == [5])
    }

    @Test func lightningSparseRowsStepSuffixesAndLearningRateRows() throws {
        let history = try RunLogReader.read(contentsOf: fixture("logs/public/lightning_csv/prithsha__erav2-session13__logs_lightning_logs_v0_metrics.csv"))
        let rate = try #require(history["lr-SGD"])
        #expect(rate.family == MetricName.learningRate && rate.hasEpochs && rate.hasSteps)
        #expect(history.series(inFamily: "loss").map(\.split) == ["train (step)", "validation", "train (epoch)", "test"])
        #expect(history.series(inFamily: "acc").isEmpty && history.series(inFamily: "accuracy").count == 4)
        #expect(history.validationLoss?.name == "valid_loss")
    }

    @Test func lightningValidationAfterTheLastEpochIsApart() throws {
        let history = try RunLogReader.read(contentsOf: fixture("logs/public/lightning_csv/HCDescamps__cv-image-classification__lightning_logs_v0_metrics.csv"))
        #expect(history["val_loss"]?.epochs == [0, 1, 2, 3, 4])
        #expect(history["val_loss (after training)"]?.count == 1)
        #expect(history["test_loss"]?.split == MetricName.test)
    }

    @Test func trainerStateEvaluationSetsAndSummarySkipped() throws {
        let history = try RunLogReader.read(contentsOf: fixture("logs/public/hf_trainer_state/aigoncharov__trainer_state_viz__trainer_state.json"))
        #expect(history.series(inFamily: "loss").map(\.split).sorted() == ["train"] + (0...5).map { "validation g\($0)" })
        #expect(!history.metricNames.contains { $0.contains("runtime") || $0.contains("per_second") || $0 == "train_loss" })
        let steps = try #require(history["loss"]?.steps)
        #expect(steps == steps.sorted() && steps.allSatisfy(\.isFinite))
    }

    @Test func kerasHistoryJSONIgnoresMetadata() throws {
        let history = try RunLogReader.read(contentsOf: fixture("logs/public/odd/DrunkMacintosh__EFFICIENTNET_B0-for-emotion-recognition-of-FER-2013-dataset__v4_training_history.json"))
        #expect(history.metricNames == ["train_acc", "train_loss", "val_acc", "val_loss"])
        #expect(history.families == ["accuracy", "loss"])
        #expect(history.epochs == 90)
    }

    @Test func pythonNaNAndInfinityInJSON() throws {
        let history = try RunLogReader.read(text: #"{"loss": [1.5, NaN, Infinity], "note": "NaN stays text", "val_loss": [2, 1, -Infinity]}"#, name: "h.json")
        let loss = try #require(history.series("loss"))
        #expect(loss[0] == 1.5 && loss[1].isNaN && loss[2] == .infinity)
        #expect(history.series("val_loss") == [2, 1, -.infinity])
    }

    @Test func csvLoggerAppendedRunsContinue() throws {
        let history = try RunLogReader.read(text: "epoch,loss\n0,3\n1,2\n0,1.5\n1,1\nepoch,loss\n0,0.5\n", name: "a.csv")
        #expect(history["loss"]?.epochs == [0, 1, 2, 3, 4])
        #expect(history.series("loss") == [3, 2, 1.5, 1, 0.5])
    }

    @Test func utf16ConsoleCaptureWithBOMAndCRLF() throws {
        let text = "Epoch 1/2\r\n10/10 - 1s - loss: 0.5000 - val_loss: 0.6000\r\nEpoch 2/2\r\n10/10 - 1s - loss: 0.2500 - val_loss: 0.3000\r\n"
        let folder = try makeTemporaryDirectory()
        let units = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for (name, bytes) in [("le.log", little), ("be.log", big)] {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            let history = try RunLogReader.read(contentsOf: url)
            #expect(history.series("loss") == [0.5, 0.25] && history.series("val_loss") == [0.6, 0.3])
        }
    }

    static let badInputs: [(Data, String)] = [
        (Data(), "the file is empty"),
        (Data([0x00, 0x01, 0x02, 0xFF, 0x10, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x7F, 0x45, 0x4C, 0x46]), "binary content that is not a TensorBoard event file"),
        (Data(#"{"model": "bert", "epochs": 3}"#.utf8), "JSON without log_history or metric lists"),
        (Data(#"{"log_history": [{"train_runtime": 3.2, "step": 10}]}"#.utf8), "log_history holds no scalars"),
        (Data("loss,accuracy\n0.5,0.9\n".utf8), "a CSV without an epoch or step column"),
    ]

    @Test(arguments: badInputs)
    func badInputIsOneErrorNamingTheFile(content: Data, message: String) throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("log.bin")
        try content.write(to: url)
        let error = try #require(fileFormatError { try RunLogReader.read(contentsOf: url) })
        #expect(error.file == url.relativePath)
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect(!error.description.contains("\n"))
    }

    @Test func eventFileWithoutScalarsNamesTheFile() throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("events.out.tfevents.1")
        // One record: an Event holding only file_version (field 3) "brain.Event:2".
        let event: [UInt8] = [0x1A, 13] + Array("brain.Event:2".utf8)
        try Data(record(event)).write(to: url)
        let error = fileFormatError { try RunLogReader.read(contentsOf: url) }
        #expect(error?.description == "\(url.relativePath): no scalars in the TensorBoard event file(s)")
    }

    /// A TFRecord record around `data`.
    private func record(_ data: [UInt8]) -> [UInt8] {
        let length = (0..<8).map { UInt8(truncatingIfNeeded: UInt64(data.count) >> (8 * UInt64($0))) }
        let le = { (value: UInt32) in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) } }
        return length + le(CRC32C.masked(length)) + data + le(CRC32C.masked(data))
    }

    @Test func crc32cCheckValue() {
        #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
    }

    static let names: [(String, String, String)] = [
        ("val_acc", "accuracy", "validation"), ("acc", "accuracy", "train"), ("train_loss_step", "loss", "train (step)"),
        ("valid_loss", "loss", "validation"), ("Loss/val", "loss", "validation"), ("train/loss", "loss", "train"),
        ("eval_loss", "loss", "validation"), ("test_acc", "accuracy", "test"), ("lr-SGD", "learning_rate", "lr-SGD"),
        ("learning_rate", "learning_rate", "learning_rate"), ("grad_norm", "grad_norm", "train"),
        ("rewards/format/mean", "rewards/format/mean", "train"),
    ]

    @Test(arguments: names)
    func metricNames(name: String, family: String, split: String) {
        let parsed = MetricName.parse(name)
        #expect(parsed.family == family && parsed.split == split)
    }
}
