import DigitAudio
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DigitPlot

/// A chart with a name for test reports.
struct NamedChart: Sendable, CustomTestStringConvertible {
    let name: String
    let chart: any Renderable
    var testDescription: String { name }

    /// Every chart, with realistic inputs.
    static let all: [NamedChart] = [
        NamedChart(name: "waveplot", chart: Waveplot(clip: Samples.spokenDigit(), digit: 0)),
        NamedChart(name: "waveplot (long)", chart: Waveplot(clip: Samples.spokenDigit(seconds: 30), title: "Long clip")),
        NamedChart(name: "countplot", chart: Countplot(counts: Samples.counts)),
        NamedChart(name: "accuracy", chart: Curves(history: Samples.history(), metric: "accuracy")),
        NamedChart(name: "loss", chart: Curves(history: Samples.history(), metric: "loss")),
        NamedChart(name: "loss of two runs, smoothed, log y", chart: Curves(
            runs: [.init(label: "adam", history: Samples.history()), .init(label: "sgd", history: Samples.history(seed: 5))],
            metric: "loss", smoothing: 0.6, logY: true)),
        NamedChart(name: "architecture", chart: ArchitectureDiagram()),
        NamedChart(name: "confusion", chart: ConfusionMatrixChart(counts: Samples.confusion)),
        NamedChart(name: "mfcc", chart: MFCCHeatmap(mfcc: Samples.mfcc(), digit: 3)),
    ]
}

@Suite struct ChartRenderingTests {
    @Test(arguments: NamedChart.all)
    func rendersEveryFormatIdenticallyTwiceAndVisibly(_ named: NamedChart) throws {
        let folder = try TemporaryFolder()
        let chart = named.chart
        for format in OutputFormat.allCases {
            let url = folder.url.appendingPathComponent("chart.\(format.rawValue)")
            try chart.render(to: url)
            let first = try Data(contentsOf: url)
            try chart.render(to: url)
            #expect(try Data(contentsOf: url) == first, "\(format) differs between two renders")
        }
        let png = try Data(contentsOf: folder.url.appendingPathComponent("chart.png"))
        let info = try PNGInfo(png)
        #expect(info.width == Int(chart.defaultSize.width) && info.height == Int(chart.defaultSize.height))
        try expectInked(png)

        let svg = try Data(contentsOf: folder.url.appendingPathComponent("chart.svg"))
        let reader = SVGTitleReader(svg)
        #expect(reader.parsed, "SVG is not well-formed XML")
        #expect(reader.title == chart.documentTitle)
        #expect(reader.glyphUses > 10, "the SVG draws no text")

        let pdf = try Data(contentsOf: folder.url.appendingPathComponent("chart.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/Title (\(chart.documentTitle!))"))
    }

    /// A reasonable share of the pixels is not white, in many colors (text, lines, fills).
    private func expectInked(_ png: Data) throws {
        let image = try #require(DecodedImage(png: png))
        var colors: Set<UInt32> = []
        var inked = 0
        for pixel in image.pixels {
            let rgb = pixel & 0xFF_FFFF
            if rgb != 0xFF_FFFF { inked += 1 }
            colors.insert(rgb)
        }
        let fraction = Double(inked) / Double(image.pixels.count)
        #expect(fraction > 0.02 && fraction < 0.9, "ink covers \(fraction) of the image")
        #expect(colors.count > 20)
    }

    /// With DejaVu Sans measured by Cairo, as the PNG, SVG and PDF files draw it.
    @Test(arguments: NamedChart.all)
    func textStaysOnCanvasWithoutOverlap(_ named: NamedChart) throws {
        let cairo = try CairoBackend(format: .png, size: named.chart.defaultSize)
        let recorder = RecordingBackend(size: named.chart.defaultSize, measure: cairo.measure)
        named.chart.draw(on: recorder)
        Self.expectTextOnCanvasWithoutOverlap(recorder)
    }

    /// Layout through the backend alone: the same holds with the recorder's approximate
    /// metrics, no Cairo involved.
    @Test(arguments: NamedChart.all)
    func layoutNeedsNoCairo(_ named: NamedChart) {
        let recorder = RecordingBackend(size: named.chart.defaultSize)
        named.chart.draw(on: recorder)
        Self.expectTextOnCanvasWithoutOverlap(recorder)
    }

    static func expectTextOnCanvasWithoutOverlap(_ recorder: RecordingBackend) {
        let boxes = recorder.texts
        #expect(boxes.count > 3)
        for (text, box) in boxes {
            #expect(box.minX >= 0 && box.minY >= 0 && box.maxX <= recorder.size.width && box.maxY <= recorder.size.height,
                    "\(text) is clipped at \(recorder.size)")
        }
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] {
                #expect(!a.box.intersects(b.box), "\(a.text) overlaps \(b.text) at \(recorder.size)")
            }
        }
    }

    @Test func svgIsTheSameWhateverWasRenderedBefore() throws {
        let chart = ConfusionMatrixChart(counts: Samples.confusion)
        let first = try chart.data(format: .svg)
        _ = try Waveplot(clip: Samples.spokenDigit(), digit: 1).data(format: .svg)
        #expect(try chart.data(format: .svg) == first)
    }
}

/// Reads an SVG with Foundation's XML parser: well-formedness, the `<title>`, glyph uses.
final class SVGTitleReader: NSObject, XMLParserDelegate {
    private(set) var parsed = false
    private(set) var title: String?
    private(set) var glyphUses = 0
    private var inTitle = false

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parsed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "title" { inTitle = true; title = "" }
        if name == "use", attributes["xlink:href"]?.hasPrefix("#glyph") == true { glyphUses += 1 }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inTitle { title? += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { inTitle = false }
    }
}
