import DigitAudio
import Foundation
import Testing

/// A run of the CLI measured as a hostile input needs: status, output, peak memory and
/// time, whether a signal ended it, and whether it had to be killed at the deadline.
struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// Peak resident memory of the process, in megabytes (GNU time's `%M`).
    var megabytes: Double
    var seconds: Double
    /// The signal that ended the process (a crash: SIGSEGV, SIGFPE, SIGILL, SIGTRAP, SIGABRT), if any.
    var signal: Int32?
    var timedOut: Bool

    /// Stderr's lines.
    var stderrLines: [Substring] { stderr.split(separator: "\n") }

    /// Runs `digitviz arguments…` under /usr/bin/time, killing it after `deadline` seconds.
    static func run(_ arguments: [String], in folder: TemporaryFolder, deadline: Double = 60,
                    environment: [String: String]? = nil) throws -> MeasuredRun {
        let id = UUID().uuidString.prefix(8)
        let out = folder.url.appendingPathComponent(".out-\(id)"), err = folder.url.appendingPathComponent(".err-\(id)")
        let usage = folder.url.appendingPathComponent(".time-\(id)")
        defer { for file in [out, err, usage] { try? FileManager.default.removeItem(at: file) } }
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "%M", "-o", usage.path, CommandRunner.executable.path] + arguments
        process.currentDirectoryURL = folder.url
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(started) > deadline {
                timedOut = true
                process.terminate()
                break
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(started)
        let report = (try? String(contentsOf: usage, encoding: .utf8)) ?? ""
        let lines = report.split(separator: "\n")
        let signal = lines.first { $0.contains("terminated by signal") }.flatMap { Int32($0.split(separator: " ").last ?? "") }
        let kilobytes = lines.last.flatMap { Double($0) } ?? .infinity
        return MeasuredRun(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
            megabytes: kilobytes / 1024, seconds: seconds, signal: signal, timedOut: timedOut)
    }

    /// Checks what every refused hostile input must give: status 1, exactly one stderr line
    /// mentioning `words`, no crash, no hang, under `megabytes`.
    func expectRefused(mentioning words: [String], megabytes limit: Double = 100,
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(signal == nil, "ended by signal \(signal ?? 0)", sourceLocation: sourceLocation)
        #expect(!timedOut, "did not finish in time", sourceLocation: sourceLocation)
        #expect(status == 1, "status \(status), stderr: \(stderr)", sourceLocation: sourceLocation)
        #expect(stderrLines.count == 1, "stderr: \(stderr)", sourceLocation: sourceLocation)
        for word in words { #expect(stderr.contains(word), "stderr: \(stderr)", sourceLocation: sourceLocation) }
        #expect(megabytes < limit, "\(megabytes) MB", sourceLocation: sourceLocation)
    }
}

/// Hostile and careless inputs, made at test time.
enum HostileInputs {
    /// The bytes of a WAV: `format` 1 (PCM) or 3 (float), a header promising `dataLength`
    /// bytes, followed by `payload` (possibly shorter: a sparse or truncated file).
    static func wav(sampleRate: Int, channels: Int = 1, bitsPerSample: Int = 16, format: Int = 1,
                    dataLength: Int, payload: [UInt8]) -> Data {
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
        func le16(_ v: Int) -> [UInt8] { (0..<2).map { UInt8((v >> (8 * $0)) & 0xFF) } }
        let blockAlign = channels * bitsPerSample / 8
        let header = Array("RIFF".utf8) + le32(36 + dataLength) + Array("WAVEfmt ".utf8) + le32(16) + le16(format)
            + le16(channels) + le32(sampleRate) + le32(sampleRate * blockAlign) + le16(blockAlign) + le16(bitsPerSample)
            + Array("data".utf8) + le32(dataLength)
        return Data(header + payload)
    }

    /// A 16-bit WAV of `seconds` of silence at `sampleRate`, written as a sparse file in
    /// no time: the header, then a hole up to the promised length.
    static func sparseWAV(at path: String, seconds: Int, sampleRate: Int = 8000) throws {
        let length = seconds * sampleRate * 2
        try wav(sampleRate: sampleRate, dataLength: length, payload: []).write(to: URL(fileURLWithPath: path))
        #expect(truncate(path, off_t(44 + length)) == 0)
    }

    /// A float WAV holding `values` (NaN and infinities allowed).
    static func floatWAV(_ values: [Float], sampleRate: Int = 8000) -> Data {
        let payload = values.flatMap { value in (0..<4).map { UInt8((value.bitPattern >> (8 * $0)) & 0xFF) } }
        return wav(sampleRate: sampleRate, bitsPerSample: 32, format: 3, dataLength: payload.count, payload: payload)
    }

    /// A one-second tone as a 16-bit WAV.
    static func toneWAV(sampleRate: Int = 8000) -> Data {
        let payload = (0..<sampleRate).flatMap { i -> [UInt8] in
            let value = Int16(8000 * sin(2 * Double.pi * 440 * Double(i) / Double(sampleRate)))
            return [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8)]
        }
        return wav(sampleRate: sampleRate, dataLength: payload.count, payload: payload)
    }

    /// A model file of a fresh network for `features`, with `classNames`, its metadata then
    /// changed by `edit` (to make it lie).
    static func model(features: FeatureConfiguration = .standard, classNames: [String] = digitNames,
                      edit: (inout [String: String]) -> Void = { _ in }) -> Data {
        var generator = SeededGenerator(seed: 1)
        let architecture = Architecture(inputs: features.dimension, classes: classNames.count)
        let model = TrainedModel(
            network: Network(architecture: architecture, generator: &generator),
            standardizer: .identity(dimension: features.dimension), featureConfiguration: features, classNames: classNames)
        var file = ModelFile.safeTensors(of: model)
        edit(&file.metadata)
        return file.encoded()
    }

    /// The `features` metadata of the standard configuration with `key` set to `value` (raw JSON).
    static func featuresJSON(_ key: String, _ value: String) -> String {
        var fields = [
            "coefficients": "40", "fftSize": "2048", "hopLength": "512", "melBands": "128",
            "pooling": "\"mean\"", "sampleRate": "22050", "topDB": "80",
        ]
        fields[key] = value
        return "{" + fields.sorted { $0.key < $1.key }.map { "\"\($0.key)\":\($0.value)" }.joined(separator: ",") + "}"
    }

    /// A features CSV of `rows` random rows of `dimension` features, labels cycling through
    /// `labels`.
    static func featuresCSV(rows: Int, dimension: Int = 40, labels: [Int] = Array(0...9)) -> Data {
        var generator = SeededGenerator(seed: 7)
        var table = FeatureTable(dimension: dimension)
        for row in 0..<rows {
            let digit = labels[row % labels.count]
            let features = (0..<dimension).map { _ in Float(generator.next() % 1000) / 100 }
            table.append(features: features, recording: Recording(url: URL(fileURLWithPath: "\(digit)_s\(row % 3)_\(row).wav"),
                                                                  digit: digit, speaker: "s\(row % 3)", index: row))
        }
        return Data(table.csvText().utf8)
    }
}
