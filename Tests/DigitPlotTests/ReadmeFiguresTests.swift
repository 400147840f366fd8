import DigitAudio
import Foundation
import Testing
@testable import DigitPlot

/// The README's figures in `img/` are what the code draws now: each is redrawn from the
/// bundled `data/` with the committed model and run log (`img/model.safetensors`,
/// `img/run.log`) and compared with the committed PNG. `make figures` refreshes them.
///
/// Identical bytes are expected on the machine that made them. Elsewhere libsoxr's
/// CPU-specific code may move samples by ~1e-7, which can shift an antialiased edge or a
/// heatmap cell by a level or two of 255; so the test compares pixels and tolerates
/// differences of up to 24 levels per channel. Any real change (a moved label, another
/// number, a new color) differs by far more.
@Suite struct ReadmeFiguresTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let img = root.appendingPathComponent("img")
    static let tolerance: UInt32 = 24

    @Test func committedFiguresAreCurrent() throws {
        let made = try FigurePipeline(
            data: Self.root.appendingPathComponent("data"),
            model: .file(model: Self.img.appendingPathComponent("model.safetensors"), log: Self.img.appendingPathComponent("run.log"))
        ).run()
        let book = made.figures
        var stale: [String] = []
        for (name, chart) in book.figures {
            let fresh = try chart.data(format: .png)
            guard let committed = try? Data(contentsOf: Self.img.appendingPathComponent("\(name).png")) else {
                stale.append("\(name).png (missing)")
                continue
            }
            if fresh != committed && !Self.samePixels(fresh, committed) { stale.append("\(name).png") }
        }
        // Made by the `digitviz curves` command in the Makefile's figures target.
        let keras = try RunLogReader.read(contentsOf: Self.root.appendingPathComponent("Tests/DigitAudioTests/Fixtures/keras/csvlogger.csv"))
        let runs = [Curves.Run(label: "digitviz on data/", history: try #require(made.history)), Curves.Run(label: "Keras 3 on FSDD", history: keras)]
        let compare = Curves(runs: runs, metric: "loss", logY: true)
        let fresh = try compare.data(format: .png)
        let committed = (try? Data(contentsOf: Self.img.appendingPathComponent("curves-compare.png"))) ?? Data()
        if fresh != committed && !Self.samePixels(fresh, committed) {
            stale.append("curves-compare.png")
        }
        // Made by `digitviz architecture --network cnn`.
        let cnn = try ArchitectureDiagram(architecture: NetworkKind.cnn.architecture).data(format: .png)
        let committedCNN = (try? Data(contentsOf: Self.img.appendingPathComponent("graph-cnn.png"))) ?? Data()
        if cnn != committedCNN && !Self.samePixels(cnn, committedCNN) { stale.append("graph-cnn.png") }
        // crossval.png comes from 'digitviz crossval' in 'make figures' (ten trainings, too
        // slow for a debug test); CrossvalCommandTests covers that command.
        let drawn = Set(book.figures.map { "\($0.name).png" } + ["curves-compare.png", "crossval.png", "graph-cnn.png"])
        let extra = try FileManager.default.contentsOfDirectory(atPath: Self.img.path)
            .filter { $0.hasSuffix(".png") && !drawn.contains($0) }
        #expect(stale.isEmpty, "img/ is stale, run 'make figures': \(stale.joined(separator: ", "))")
        #expect(extra.isEmpty, "img/ holds figures no longer drawn: \(extra.joined(separator: ", "))")
    }

    /// Whether two PNGs have the same size and every channel of every pixel within `tolerance`.
    static func samePixels(_ a: Data, _ b: Data) -> Bool {
        guard let first = DecodedImage(png: a), let second = DecodedImage(png: b),
              first.width == second.width, first.height == second.height else { return false }
        return zip(first.pixels, second.pixels).allSatisfy { p, q in
            stride(from: 0, to: 32, by: 8).allSatisfy { shift in
                let x = (p >> UInt32(shift)) & 0xFF, y = (q >> UInt32(shift)) & 0xFF
                return (x > y ? x - y : y - x) <= tolerance
            }
        }
    }
}
