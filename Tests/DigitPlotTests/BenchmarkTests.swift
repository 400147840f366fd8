import DigitAudio
import Foundation
import Testing
@testable import DigitPlot

/// Times the original's 13 figures (10 waveplots of 1 s clips, countplot, two curves,
/// architecture) as PNG. Skipped unless `DIGITPLOT_BENCHMARK` is set; meaningful in a
/// release build: `swift test -c release -Xswiftc -enable-testing --filter Benchmark`.
@Suite struct BenchmarkTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["DIGITPLOT_BENCHMARK"] != nil))
    func originalFiguresRenderQuickly() throws {
        let folder = try TemporaryFolder()
        let history = Samples.history()
        var figures: [(String, any Renderable)] = (0..<10).map {
            ("\($0).png", Waveplot(clip: Samples.spokenDigit(seconds: 1, sampleRate: 22_050, seed: UInt64($0)), digit: $0))
        }
        figures += [
            ("countplot.png", Countplot(counts: Samples.counts)),
            ("accuracy.png", Curves(history: history, metric: "accuracy")),
            ("loss.png", Curves(history: history, metric: "loss")),
            ("graph.png", ArchitectureDiagram()),
        ]
        let clock = ContinuousClock()
        // The first text drawn in a process loads fontconfig's configuration and the font.
        let warmUp = try clock.measure { try figures[0].1.render(to: folder.url.appendingPathComponent("warm-up.png")) }
        let cpuBefore = BenchmarkTests.cpuSeconds()
        let elapsed = try clock.measure {
            for (name, figure) in figures { try figure.render(to: folder.url.appendingPathComponent(name)) }
        }
        let cpu = BenchmarkTests.cpuSeconds() - cpuBefore
        let hour = AudioClip(samples: [Float](repeating: 0.1, count: 3_600 * 8_000), sampleRate: 8_000)
        let long = try clock.measure { _ = try Waveplot(clip: hour, title: "One hour").data(format: .png) }
        print("first figure (cold): \(warmUp); 13 figures: \(elapsed) (CPU \(cpu) s); one-hour waveplot: \(long)")
    }

    /// CPU time of this process so far, unaffected by other processes sharing the cores.
    static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
