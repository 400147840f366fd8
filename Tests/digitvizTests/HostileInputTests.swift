import DigitAudio
import Foundation
import Testing

/// Issue 10: hostile and careless input gives one stderr line and a non-zero status,
/// never a crash, a hang, unbounded memory or lost data. Inputs are made at test time.
@Suite struct HostileInputTests {
    // MARK: Crashes

    static let lyingFeatures: [(String, String)] = [
        ("coefficients", "0"), ("coefficients", "1000"), ("hopLength", "0"), ("fftSize", "1001"),
        ("fftSize", "1099511627776"), ("melBands", "0"), ("sampleRate", "-8000"), ("droppedLowBands", "-3"),
        ("droppedLowBands", "200"), ("pooling", "\"mean+std\""), ("topDB", "-1"),
    ]

    @Test(arguments: lyingFeatures)
    func modelWhoseFeaturesLieIsOneLine(key: String, value: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.model { $0["features"] = HostileInputs.featuresJSON(key, value) }.write(to: folder.url.appendingPathComponent("m.safetensors"))
        try HostileInputs.toneWAV().write(to: folder.url.appendingPathComponent("tone.wav"))
        try HostileInputs.featuresCSV(rows: 20).write(to: folder.url.appendingPathComponent("f.csv"))
        for arguments in [["predict", "m.safetensors", "tone.wav"], ["evaluate", "m.safetensors", "f.csv"],
                          ["confusion", "m.safetensors", "f.csv", "-o", "c.png"]] {
            try MeasuredRun.run(arguments, in: folder).expectRefused(mentioning: ["m.safetensors", "features"])
        }
        #expect(try folder.contents().filter { !$0.hasPrefix(".") } == ["f.csv", "m.safetensors", "tone.wav"])
    }

    @Test func twoClassModelOnTenDigitDataSaysSo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.model(classNames: ["no", "yes"]).write(to: folder.url.appendingPathComponent("m.safetensors"))
        try HostileInputs.featuresCSV(rows: 20).write(to: folder.url.appendingPathComponent("f.csv"))
        for arguments in [["evaluate", "m.safetensors", "f.csv"], ["confusion", "m.safetensors", "f.csv", "-o", "c.png"]] {
            try MeasuredRun.run(arguments, in: folder).expectRefused(mentioning: ["f.csv: the data has labels 2, 3", "2 classes"])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("c.png")))
    }

    @Test(arguments: ["1000000000", "4611686018427387904"])
    func hugeBatchSizeIsCappedByTheTrainingSet(batchSize: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.featuresCSV(rows: 50).write(to: folder.url.appendingPathComponent("f.csv"))
        let run = try MeasuredRun.run(["train", "f.csv", "--original", "--epochs", "2", "--batch-size", batchSize, "-q", "-m", "m.safetensors"], in: folder)
        #expect(run.signal == nil && run.status == 0, "\(run.stderr)")
        #expect(run.megabytes < 100)
        #expect(FileManager.default.fileExists(atPath: folder.path("m.safetensors")))
    }

    // MARK: Security

    @Test func outputsThatAreNotRegularFilesAreRefused() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.featuresCSV(rows: 50).write(to: folder.url.appendingPathComponent("f.csv"))
        #expect(mkfifo(folder.path("fifo.png"), 0o644) == 0)
        try MeasuredRun.run(["train", "f.csv", "--original", "--epochs", "1", "-q", "-m", "/dev/null"], in: folder)
            .expectRefused(mentioning: ["/dev/null", "not a regular file"])
        try MeasuredRun.run(["architecture", "-o", "fifo.png"], in: folder).expectRefused(mentioning: ["fifo.png", "FIFO"])
        try MeasuredRun.run(["train", "f.csv", "--original", "--epochs", "1", "-q", "-m", "m.safetensors", "--log", "/dev/null"], in: folder)
            .expectRefused(mentioning: ["/dev/null", "not a regular file"])
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
        #expect(lstat(folder.path("fifo.png"), &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
    }

    @Test func classNamesReachTheTerminalEscaped() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let names = (0...9).map { "\u{1B}[31mred\($0)\nfake line\u{7}" }
        try HostileInputs.model(classNames: names).write(to: folder.url.appendingPathComponent("m.safetensors"))
        try HostileInputs.toneWAV().write(to: folder.url.appendingPathComponent("tone.wav"))
        try HostileInputs.featuresCSV(rows: 20).write(to: folder.url.appendingPathComponent("f.csv"))
        let predict = try MeasuredRun.run(["predict", "m.safetensors", "tone.wav"], in: folder)
        #expect(predict.status == 0)
        #expect(predict.stdout.split(separator: "\n").count == 1)
        let evaluate = try MeasuredRun.run(["evaluate", "m.safetensors", "f.csv"], in: folder)
        #expect(evaluate.status == 0)
        for output in [predict.stdout, evaluate.stdout] {
            #expect(!output.contains("\u{1B}") && !output.contains("\u{7}") && !output.contains("fake line\n"))
            #expect(output.contains("\\u{1b}[31mred"))
        }
    }

    // MARK: Memory and time

    @Test func modelHeaderLengthIsCheckedBeforeReading() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.path("huge.safetensors")
        var prefix = Data()
        withUnsafeBytes(of: (UInt64(1) << 63).littleEndian) { prefix.append(contentsOf: $0) }
        try prefix.write(to: URL(fileURLWithPath: path))
        #expect(truncate(path, 3 << 30) == 0)  // 3 GB, sparse
        try HostileInputs.toneWAV().write(to: folder.url.appendingPathComponent("tone.wav"))
        let run = try MeasuredRun.run(["predict", "huge.safetensors", "tone.wav"], in: folder, deadline: 20)
        run.expectRefused(mentioning: ["huge.safetensors", "header length 9223372036854775808"], megabytes: 60)
        #expect(run.seconds < 5)
    }

    @Test func oneHourRecordingStaysSmall() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("data"), withIntermediateDirectories: true)
        try HostileInputs.sparseWAV(at: folder.path("data/3_long_0.wav"), seconds: 3600)
        try HostileInputs.model().write(to: folder.url.appendingPathComponent("m.safetensors"))
        try MeasuredRun.run(["predict", "m.safetensors", "data/3_long_0.wav"], in: folder)
            .expectRefused(mentioning: ["3_long_0.wav", "3600.0 s long", "one spoken digit"])
        try MeasuredRun.run(["mfcc", "data/3_long_0.wav", "-o", "out"], in: folder)
            .expectRefused(mentioning: ["3_long_0.wav", "3600.0 s long"])
        let waveplots = try MeasuredRun.run(["waveplots", "data", "-o", "out"], in: folder)
        #expect(waveplots.signal == nil && waveplots.stdout.contains("3.png"), "\(waveplots.stderr)")
        #expect(waveplots.stderrLines.count == 1 && waveplots.stderr.contains("no recordings of digits 0, 1, 2, 4"))
        #expect(waveplots.megabytes < 100, "\(waveplots.megabytes) MB")
        let features = try MeasuredRun.run(["features", "data", "-o", "f.csv", "-q"], in: folder)
        features.expectRefused(mentioning: ["none of its 1 recordings"])
    }

    /// The longest recording analysed whole, at a high rate and in stereo, stays under 100 MB;
    /// at 384 kHz the same length is refused by its sample count.
    @Test func recordingAtTheAnalysisLimitStaysSmall() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let seconds = Int(AudioLengthLimit.analysis.seconds) - 1
        let length = seconds * 48_000 * 4
        try HostileInputs.wav(sampleRate: 48_000, channels: 2, dataLength: length, payload: [])
            .write(to: folder.url.appendingPathComponent("stereo.wav"))
        #expect(truncate(folder.path("stereo.wav"), off_t(44 + length)) == 0)
        let mfcc = try MeasuredRun.run(["mfcc", "stereo.wav", "-o", "out"], in: folder)
        #expect(mfcc.status == 0 && mfcc.signal == nil, "\(mfcc.stderr)")
        #expect(mfcc.megabytes < 100, "\(mfcc.megabytes) MB")
        try HostileInputs.sparseWAV(at: folder.path("fast.wav"), seconds: seconds, sampleRate: 384_000)
        try MeasuredRun.run(["mfcc", "fast.wav", "-o", "out"], in: folder).expectRefused(mentioning: ["fast.wav", "samples"])
    }

    @Test func sampleRateOutsideTheRangeIsOneLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A tiny WAV declaring 1 Hz: 17 GB once resampled to 22,050 Hz.
        try HostileInputs.wav(sampleRate: 1, dataLength: 8, payload: Array(repeating: 0, count: 8))
            .write(to: folder.url.appendingPathComponent("slow.wav"))
        try HostileInputs.wav(sampleRate: 1_000_000, dataLength: 8, payload: Array(repeating: 0, count: 8))
            .write(to: folder.url.appendingPathComponent("fast.wav"))
        try HostileInputs.model().write(to: folder.url.appendingPathComponent("m.safetensors"))
        for file in ["slow.wav", "fast.wav"] {
            try MeasuredRun.run(["predict", "m.safetensors", file], in: folder).expectRefused(mentioning: [file, "sample rate"])
            try MeasuredRun.run(["mfcc", file, "-o", "out"], in: folder).expectRefused(mentioning: [file, "sample rate"])
        }
    }

    @Test func fifoInADataFolderIsSkippedNotWaitedFor() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path("data"), withIntermediateDirectories: true)
        try HostileInputs.toneWAV().write(to: folder.url.appendingPathComponent("data/1_a_0.wav"))
        #expect(mkfifo(folder.path("data/2_a_0.wav"), 0o644) == 0)
        let run = try MeasuredRun.run(["features", "data", "-o", "f.csv", "-q"], in: folder, deadline: 30)
        #expect(!run.timedOut && run.signal == nil)
        #expect(run.status == 1)
        #expect(run.stderrLines == ["\(folder.path("data/2_a_0.wav")): not a regular file (a FIFO): skipped", "1 file skipped"])
        #expect(FileManager.default.fileExists(atPath: folder.path("f.csv")))
    }

    // MARK: Silent wrong answers

    @Test(arguments: [Float.nan, .infinity, -.infinity])
    func nonFiniteSamplesAreRefused(value: Float) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var samples = (0..<8000).map { Float(sin(Double($0) / 10)) / 2 }
        samples[4000] = value
        try HostileInputs.floatWAV(samples).write(to: folder.url.appendingPathComponent("bad.wav"))
        try HostileInputs.model().write(to: folder.url.appendingPathComponent("m.safetensors"))
        try MeasuredRun.run(["predict", "m.safetensors", "bad.wav"], in: folder).expectRefused(mentioning: ["bad.wav", "NaN or infinite"])
    }

    // MARK: Lost data

    @Test func failedTrainingLeavesTheLogAlone() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.featuresCSV(rows: 30, labels: [4]).write(to: folder.url.appendingPathComponent("one-class.csv"))
        let previous = "epoch,accuracy,loss,val_accuracy,val_loss\r\n0,0.5,1.0,0.5,1.0\r\n"
        try previous.write(toFile: folder.path("run.log"), atomically: true, encoding: .utf8)
        let run = try MeasuredRun.run(["train", "one-class.csv", "--original", "-q", "-m", "m.safetensors", "--log", "run.log"], in: folder)
        run.expectRefused(mentioning: [])
        #expect(try String(contentsOfFile: folder.path("run.log"), encoding: .utf8) == previous)
        #expect(try folder.contents().filter { !$0.hasPrefix(".") } == ["one-class.csv", "run.log"])
    }

    @Test func secondWriterOfALogFailsInsteadOfInterleaving() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.featuresCSV(rows: 50).write(to: folder.url.appendingPathComponent("f.csv"))
        let first = try Self.start(["train", "f.csv", "--original", "--epochs", "1000000", "-q", "-m", "a.safetensors", "--log", "run.log"], in: folder)
        try Self.waitForLogRows(folder.path("run.log"), rows: 3)
        let second = try MeasuredRun.run(["train", "f.csv", "--original", "--epochs", "3", "-q", "-m", "b.safetensors", "--log", "run.log"], in: folder)
        first.interrupt()
        first.waitUntilExit()
        #expect(first.terminationStatus == 130)
        #expect(second.status == 1 && second.stderr.contains("another process is writing this log"), "\(second.stderr)")
        let rows = try String(contentsOfFile: folder.path("run.log"), encoding: .utf8).split(separator: "\r\n")
        #expect(rows.count >= 4)
        for (index, row) in rows.dropFirst().enumerated() {
            #expect(row.split(separator: ",").count == 5 && row.hasPrefix("\(index),"))
        }
    }

    @Test func interruptingFiguresKeepsTheModelAndNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.toneFolder(folder.path("data"), perDigit: 3)
        let figures = try Self.start(["figures", "data", "-o", "out", "--epochs", "1000000", "-q"], in: folder)
        try Self.waitForLogRows(folder.path("out/run.log"), rows: 3)
        figures.interrupt()
        figures.waitUntilExit()
        #expect(figures.terminationStatus == 130)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")).sorted() == ["model.safetensors", "run.log"])
    }

    @Test func skippedFilesAreListedOnceAndMakeTheStatusNonZero() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Self.toneFolder(folder.path("data"), perDigit: 3)
        // Sorted first among the fives: waveplots must take the next good one.
        try Data("not audio".utf8).write(to: folder.url.appendingPathComponent("data/5_aaa_0.wav"))
        let bad = folder.path("data/5_aaa_0.wav")
        let commands: [[String]] = [
            ["waveplots", "data", "-o", "out"], ["countplot", "data", "-o", "count.png"],
            ["train", "data", "--epochs", "2", "-q", "-m", "m.safetensors"],
            ["confusion", "m.safetensors", "data", "-o", "confusion.png"],
            ["figures", "data", "-o", "figures", "--epochs", "2", "-q"],
        ]
        for arguments in commands {
            let run = try MeasuredRun.run(arguments, in: folder)
            #expect(run.signal == nil && run.status == 1, "\(arguments[0]): \(run.stderr)")
            #expect(run.stderrLines.filter { $0.hasPrefix(bad + ": ") }.count == 1, "\(arguments[0]): \(run.stderr)")
            #expect(run.stderrLines.last == "1 file skipped", "\(arguments[0]): \(run.stderr)")
        }
        for file in ["out/5.png", "count.png", "m.safetensors", "confusion.png", "figures/5.png", "figures/confusion.png"] {
            #expect(FileManager.default.fileExists(atPath: folder.path(file)), "\(file)")
        }
    }

    // MARK: Helpers

    /// A folder of one-second tones, `perDigit` per digit, each digit its own pitch.
    static func toneFolder(_ path: String, perDigit: Int) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for digit in 0...9 {
            for take in 0..<perDigit {
                let frequency = 200 + 90 * Double(digit) + 7 * Double(take)
                let payload = (0..<4000).flatMap { i -> [UInt8] in
                    let value = Int16(8000 * sin(2 * Double.pi * frequency * Double(i) / 8000))
                    return [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
                }
                try HostileInputs.wav(sampleRate: 8000, dataLength: payload.count, payload: payload)
                    .write(to: URL(fileURLWithPath: "\(path)/\(digit)_tone_\(take).wav"))
            }
        }
    }

    /// Starts `digitviz arguments…` in `folder` without waiting for it.
    static func start(_ arguments: [String], in folder: TemporaryFolder) throws -> Process {
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits (up to a generous minute) until the log at `path` has `rows` rows after its header.
    static func waitForLogRows(_ path: String, rows: Int) throws {
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            if text.split(separator: "\r\n").count > rows { return }
            Thread.sleep(forTimeInterval: 0.02)
        }
        Issue.record("\(path) did not reach \(rows) rows within a minute")
    }
}

/// Write errors: a full disk during training, a full standard output.
@Suite struct HostileOutputTests {
    /// Files may grow to 8 KB only (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with
    /// EFBIG as on a full disk): the log fails after some epochs; the error names what
    /// happened to the log and the model, and the log ends with a whole row.
    @Test func fullDiskDuringTrainingIsReportedAndTheLogKeepsWholeRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try HostileInputs.featuresCSV(rows: 50).write(to: folder.url.appendingPathComponent("f.csv"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\"", CommandRunner.executable.path,
                             "train", "f.csv", "--original", "--epochs", "100000", "--batch-size", "64", "-q",
                             "-m", "m.safetensors", "--log", "run.log"]
        process.currentDirectoryURL = folder.url
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        #expect(stderr.contains("run.log: cannot write: File too large; training stopped after epoch"), "\(stderr)")
        #expect(stderr.contains("model could not be saved either"), "\(stderr)")
        let log = try String(contentsOfFile: folder.path("run.log"), encoding: .utf8)
        #expect(log.hasSuffix("\r\n"))
        let rows = log.split(separator: "\r\n").dropFirst()
        #expect(rows.count > 10)
        for (index, row) in rows.enumerated() { #expect(row.hasPrefix("\(index),") && row.split(separator: ",").count == 5) }
        #expect(try folder.contents().filter { !$0.hasPrefix(".") } == ["f.csv", "run.log"])
        #expect(try folder.contents().allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func standardOutputOnAFullDiskIsAnError() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["architecture", "-o", "graph.svg"]
        process.currentDirectoryURL = folder.url
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(stderr == "digitviz: <stdout>: cannot write: No space left on device\n")
    }
}
