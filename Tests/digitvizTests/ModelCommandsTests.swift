import Foundation
import Testing

/// `digitviz train`, `evaluate` and `predict`, end to end on the bundled data.
@Suite(.serialized) struct ModelCommandsTests {
    @Test func trainEvaluatePredict() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let model = folder.path("m.safetensors"), log = folder.path("run.log")
        let train = try CommandRunner.run(["train", sampleData, "--epochs", "30", "-m", model, "--log", log])
        #expect(train.status == 0, "\(train.stderr)")
        let epochLines = train.stderr.split(separator: "\n").filter { $0.hasPrefix("Epoch ") }
        #expect(epochLines.count == 30)
        #expect(epochLines[0].hasPrefix("Epoch 1/30 - ") && epochLines[0].contains(" - val_loss: "))
        #expect(train.stderr.contains("Best epoch") && train.stdout.isEmpty)
        let logLines = try String(contentsOfFile: log, encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(logLines.count == 31 && logLines[0] == "epoch,accuracy,loss,val_accuracy,val_loss")
        #expect(try folder.contents() == ["m.safetensors", "run.log"])

        let evaluate = try CommandRunner.run(["evaluate", model, sampleData, "--split", "random", "--json"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any]
        let accuracy = try #require(report?["accuracy"] as? Double)
        #expect(accuracy > 0.5)

        let spoken = try Data(contentsOf: URL(fileURLWithPath: sampleData + "/7_klatt_2.wav"))
        let predict = try CommandRunner.run(["predict", model, sampleData + "/3_alto_0.wav", "-"], stdin: spoken)
        #expect(predict.status == 0, "\(predict.stderr)")
        let lines = predict.stdout.split(separator: "\n")
        #expect(lines.count == 2 && lines[0].contains("3_alto_0.wav: ") && lines[1].hasPrefix("-: ") && lines[1].contains("top 3: "))
        // Values alone are made into the command without ArgumentParser; after `--` it parses them: the same lines.
        let parsed = try CommandRunner.run(["predict", "--", model, sampleData + "/3_alto_0.wav", "-"], stdin: spoken)
        #expect(parsed.status == 0 && parsed.stdout == predict.stdout, "\(parsed.stderr)")
        let twice = try CommandRunner.run(["predict", model, "-", "-"])
        #expect(twice.status == 64 && twice.stderr.contains("standard input (-) can be read once"), "\(twice.stderr)")

        // The text line's probabilities are the JSON line's, with three decimals as "%.3f" writes them.
        let json = try CommandRunner.run(["predict", model, sampleData + "/3_alto_0.wav", "--json"])
        let line = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let top = try #require(line?["top"] as? [[String: Any]])
        let expected = top.map { "\($0["name"] as? String ?? "?") " + String(format: "%.3f", $0["probability"] as? Double ?? -1) }
        #expect(lines.first?.hasSuffix("top 3: " + expected.joined(separator: ", ")) == true, "\(lines.first ?? "")")
    }

    @Test func oneOrTwoThreadsTrainTheSameModelFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var files: [Data] = []
        for threads in ["1", "2"] {
            let model = folder.path("m\(threads).safetensors"), log = folder.path("run\(threads).log")
            let train = try CommandRunner.run(["train", sampleData, "--original", "--epochs", "5", "-m", model, "--log", log,
                                               "--threads", threads, "-q"])
            #expect(train.status == 0, "\(train.stderr)")
            files += [try Data(contentsOf: URL(fileURLWithPath: model)), try Data(contentsOf: URL(fileURLWithPath: log))]
        }
        #expect(files[0] == files[2], "the model file, byte for byte")
        #expect(files[1] == files[3], "the run log")
        let none = try CommandRunner.run(["train", sampleData, "--threads", "0", "-m", folder.path("n.safetensors")])
        #expect(none.status == 64 && none.stderr.contains("--threads must be at least 1"), "\(none.stderr)")
    }

    /// `--test-time-speeds`: the model file names the speed copies' speeds, and `train`'s
    /// test accuracy, `evaluate` on the same recordings and `predict` of each agree; a
    /// features CSV (one view per row) still predicts; without the option, no speeds.
    @Test func testTimeSpeedsAreStoredAndUsedEverywhere() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // Two voices, two takes of each digit: 40 recordings keep the debug build quick.
        let data = folder.url.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for digit in 0..<10 {
            for name in ["alto_0", "alto_1", "bass_0", "bass_1"] {
                try FileManager.default.copyItem(atPath: sampleData + "/\(digit)_\(name).wav", toPath: data.appendingPathComponent("\(digit)_\(name).wav").path)
            }
        }
        let model = folder.path("m.safetensors")
        let train = try CommandRunner.run(["train", data.path, "--epochs", "3", "-m", model, "--test-time-speeds", "--json", "-q"])
        #expect(train.status == 0, "\(train.stderr)")
        let header = try safetensorsMetadata(model)
        #expect(header["test_time_speeds"] == "[0.85,1.15]")
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(train.stdout.utf8)) as? [String: Any])
        let evaluate = try CommandRunner.run(["evaluate", model, data.path, "--json"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any])
        #expect(abs((summary["test_accuracy"] as? Double ?? -1) - (report["accuracy"] as? Double ?? -2)) < 1e-9, "\(summary) \(report)")
        let predict = try CommandRunner.run(["predict", model, data.path, "-q"])
        #expect(predict.status == 0 && predict.stdout.split(separator: "\n").count == 40, "\(predict.stderr)")
        let csv = folder.path("f.csv")
        #expect(try CommandRunner.run(["features", data.path, "--recipe", "digitviz", "-o", csv, "-q"]).status == 0)
        let fromCSV = try CommandRunner.run(["predict", model, csv, "-q"])
        #expect(fromCSV.status == 0 && fromCSV.stdout.split(separator: "\n").count == 40, "\(fromCSV.stderr)")
        let plain = folder.path("p.safetensors")
        #expect(try CommandRunner.run(["train", data.path, "--epochs", "1", "-m", plain, "-q"]).status == 0)
        #expect(try safetensorsMetadata(plain)["test_time_speeds"] == nil)
    }

    /// The `__metadata__` of a safetensors file.
    private func safetensorsMetadata(_ path: String) throws -> [String: String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let length = data.prefix(8).reversed().reduce(0) { $0 << 8 | Int($1) }
        let header = try JSONSerialization.jsonObject(with: data.subdata(in: 8..<(8 + length))) as? [String: Any]
        return header?["__metadata__"] as? [String: String] ?? [:]
    }

    @Test func badModelFilesAreOneLineErrors() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data("not a model".utf8).write(to: folder.url.appendingPathComponent("bad.safetensors"))
        for command in [["predict", folder.path("bad.safetensors"), sampleData + "/3_alto_0.wav"],
                        ["evaluate", folder.path("bad.safetensors"), sampleData]] {
            let result = try CommandRunner.run(command)
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("digitviz: \(folder.path("bad.safetensors")): "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test func unknownSpeakerAndTooFewDigits() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let speaker = try CommandRunner.run(["train", sampleData, "--split", "speaker:nobody", "-m", folder.path("m.safetensors")])
        #expect(speaker.status != 0)
        #expect(speaker.stderr.contains("nobody"))
        let one = folder.url.appendingPathComponent("one")
        try FileManager.default.createDirectory(at: one, withIntermediateDirectories: true)
        for i in 0..<4 { try FileManager.default.copyItem(atPath: sampleData + "/3_alto_\(i).wav", toPath: one.appendingPathComponent("3_alto_\(i).wav").path) }
        let few = try CommandRunner.run(["train", one.path, "-m", folder.path("m.safetensors")])
        #expect(few.status != 0)
        #expect(few.stderr.split(separator: "\n").count == 1)
        #expect(try folder.contents() == ["one"])
    }

    /// A model records what it trained on: evaluate scores the held-out speaker by default,
    /// every recording with --split all, and a folder it never saw whole.
    @Test func evaluationScoresWhatTheModelNeverSaw() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let model = folder.path("m.safetensors")
        let train = try CommandRunner.run(["train", sampleData, "--split", "speaker:klatt", "--epochs", "5", "-q", "-m", model])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(train.stderr.contains("test accuracy") && train.stderr.contains("(40 recordings)"))
        let unseen = try CommandRunner.run(["evaluate", model, sampleData])
        #expect(unseen.stderr.hasPrefix("40 recordings: the recordings the model did not train on (split speaker:klatt)"))
        let all = try CommandRunner.run(["evaluate", model, sampleData, "--split", "all"])
        #expect(all.stderr.hasPrefix("400 recordings: every recording, training data included"))
        let other = folder.url.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        for digit in 0..<10 {
            try FileManager.default.copyItem(atPath: sampleData + "/\(digit)_klatt_0.wav", toPath: other.appendingPathComponent("\(digit)_klatt_0.wav").path)
        }
        let never = try CommandRunner.run(["evaluate", model, other.path])
        #expect(never.stderr.hasPrefix("10 recordings: every recording (the model never trained on any)"))
        let confusion = try CommandRunner.run(["confusion", model, sampleData, "-o", folder.path("c.png")])
        #expect(confusion.status == 0 && confusion.stderr.contains("scored 40 recordings"))
        // Training data alone: nothing unseen to score.
        let seen = folder.url.appendingPathComponent("seen")
        try FileManager.default.createDirectory(at: seen, withIntermediateDirectories: true)
        for digit in 0..<10 {
            try FileManager.default.copyItem(atPath: sampleData + "/\(digit)_alto_0.wav", toPath: seen.appendingPathComponent("\(digit)_alto_0.wav").path)
        }
        let trained = try CommandRunner.run(["evaluate", model, seen.path])
        #expect(trained.status == 1 && trained.stderr.contains("--split all"))
    }

    /// Ctrl-C stops training after the current epoch, saves the best model and keeps the log.
    @Test func interruptKeepsBestModelAndLog() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["train", sampleData, "--epochs", "100000", "-q", "-m", folder.path("m.safetensors"), "--log", folder.path("run.log")]
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        try process.run()
        // Wait until some epochs are logged (generous deadline: CI machines are shared), then press Ctrl-C.
        let deadline = Date().addingTimeInterval(300)
        while ((try? String(contentsOfFile: folder.path("run.log"), encoding: .utf8))?.count ?? 0) < 500, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let rows = try String(contentsOfFile: folder.path("run.log"), encoding: .utf8).split(whereSeparator: \.isNewline)
        #expect(rows.count > 2 && rows.count < 100_001)
        let evaluate = try CommandRunner.run(["evaluate", folder.path("m.safetensors"), sampleData])
        #expect(evaluate.status == 0)
        #expect(try folder.contents() == ["m.safetensors", "run.log"])
    }
}

/// `digitviz train --network cnn`: the convolutional network end to end, and its usage errors.
@Suite struct ConvolutionalNetworkCommandTests {
    @Test func trainsPredictsAndDrawsAConvolutionalNetwork() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let model = folder.path("cnn.safetensors")
        let train = try CommandRunner.run(["train", sampleData, "--network", "cnn", "--epochs", "20", "-m", model, "--json", "-q"])
        #expect(train.status == 0, "\(train.stderr)")
        let summary = try JSONSerialization.jsonObject(with: Data(train.stdout.utf8)) as? [String: Any]
        #expect((summary?["test_accuracy"] as? Double ?? 0) > 0.3, "\(train.stdout)")
        let predict = try CommandRunner.run(["predict", model, sampleData + "/3_alto_0.wav", "--json"])
        #expect(predict.status == 0, "\(predict.stderr)")
        #expect(predict.stdout.contains("\"probabilities\""))
        let drawing = try CommandRunner.run(["architecture", model, "-o", folder.path("cnn.png")])
        #expect(drawing.status == 0, "\(drawing.stderr)")
        #expect(try folder.contents() == ["cnn.png", "cnn.safetensors"])
    }

    @Test(arguments: [
        (["--original", "--network", "cnn"], "--original trains the original's network"),
        (["--convolutions", "64x"], "--convolutions"),
        (["--network", "cnn", "--pooling", "segments"], "a convolutional network needs features pooled as a sequence of frames"),
        (["--original", "--weight-decay", "0.1"], "--original trains with the original's Adam"),
        (["--weight-decay=-1"], "weight decay must be at least 0"),
        (["--original", "--ensemble", "2"], "--original trains one network"),
        (["--ensemble", "11"], "an ensemble has 1 to 10 networks"),
    ])
    func refusesNetworksThatCannotBe(arguments: [String], message: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["train", sampleData, "-m", folder.path("m.safetensors"), "--epochs", "1"] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try folder.contents().isEmpty)
    }
}
