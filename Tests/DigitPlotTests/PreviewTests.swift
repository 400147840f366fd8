import DigitAudio
import Foundation
import Testing
@testable import DigitPlot

/// Renders every chart with realistic inputs into `$DIGITPLOT_PREVIEW_DIR`, to look at.
/// Skipped unless that variable is set.
@Suite struct PreviewTests {
    static let folder = ProcessInfo.processInfo.environment["DIGITPLOT_PREVIEW_DIR"]

    @Test(.enabled(if: folder != nil)) func renderPreviews() throws {
        let folder = URL(fileURLWithPath: PreviewTests.folder!)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let zero = (try? PreviewTests.fsdd("0_george_0.wav")) ?? Samples.spokenDigit()
        let seven = (try? PreviewTests.fsdd("7_jackson_32.wav")) ?? Samples.spokenDigit(seed: 7)
        let minute = AudioClip(
            samples: (0..<40).flatMap { (try? PreviewTests.fsdd("\($0 % 10)_lucas_\($0 / 10).wav"))?.samples ?? [] },
            sampleRate: 8_000)
        var charts: [(String, any Renderable)] = [
            ("waveplot", Waveplot(clip: zero, digit: 0)),
            ("waveplot-seven", Waveplot(clip: seven, digit: 7)),
            ("waveplot-long", Waveplot(clip: minute, title: "Forty digits in a row")),
            ("waveplot-raw", Waveplot(clip: Samples.spokenDigit(seconds: 0.2, sampleRate: 8000), title: "Short clip (raw samples)")),
            ("countplot", Countplot(counts: Samples.counts)),
            ("architecture", ArchitectureDiagram()),
            ("confusion", ConfusionMatrixChart(counts: Samples.confusion)),
            ("mfcc", MFCCHeatmap(mfcc: Samples.mfcc(), digit: 3)),
        ]
        let history = (try? PreviewTests.kerasHistory()) ?? Samples.history()
        charts.append(("accuracy", Curves(history: history, metric: "accuracy")))
        charts.append(("loss", Curves(history: history, metric: "loss")))
        for (name, chart) in charts {
            for ext in ["png", "svg", "pdf"] {
                try chart.render(to: folder.appendingPathComponent("\(name).\(ext)"))
            }
            try chart.render(to: folder.appendingPathComponent("\(name)@2x.png"), scale: 2)
        }
    }

    /// A recording of the shared FSDD copy (16-bit PCM mono WAV), read ad hoc.
    static func fsdd(_ name: String) throws -> AudioClip {
        let data = try Data(contentsOf: URL(fileURLWithPath: "/work/shared/data/fsdd/recordings/\(name)"))
        let bytes = [UInt8](data)
        func word(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24 }
        let rate = word(24)
        var offset = 12
        while offset + 8 <= bytes.count {
            let size = word(offset + 4)
            if bytes[offset..<offset + 4].elementsEqual("data".utf8) {
                let end = min(bytes.count, offset + 8 + size)
                let samples = stride(from: offset + 8, to: end - 1, by: 2).map {
                    Float(Int16(bitPattern: UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8)) / 32_768
                }
                return AudioClip(samples: samples, sampleRate: rate)
            }
            offset += 8 + size + size % 2
        }
        throw PlotError.cairo("no data chunk in \(name)")
    }

    /// The real Keras run in the shared samples, parsed ad hoc (`epoch,accuracy,loss,…`).
    static func kerasHistory() throws -> History {
        let text = try String(contentsOfFile: "/work/shared/samples/keras/csvlogger.csv", encoding: .utf8)
        let lines = text.split(whereSeparator: \.isNewline)
        let names = lines[0].split(separator: ",").dropFirst().map(String.init)
        let values = lines.dropFirst().map { $0.split(separator: ",").dropFirst().map { Double($0)! } }
        return History(metricNames: names, values: values)
    }
}
