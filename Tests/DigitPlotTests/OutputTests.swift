import Foundation
import DigitAudio
import Testing
@testable import DigitPlot

@Suite struct OutputTests {
    static let chart = Countplot(counts: Samples.counts)

    @Test func formatFollowsTheExtension() throws {
        #expect(try OutputFormat(url: URL(fileURLWithPath: "/tmp/a.png")) == .png)
        #expect(try OutputFormat(url: URL(fileURLWithPath: "/tmp/a.SVG")) == .svg)
        #expect(try OutputFormat(url: URL(fileURLWithPath: "/tmp/a.b.pdf")) == .pdf)
    }

    @Test func unknownExtensionIsNamedInTheError() throws {
        let url = URL(fileURLWithPath: "/tmp/figure.jpeg")
        let error = #expect(throws: PlotError.self) { try OutputTests.chart.render(to: url) }
        #expect(error?.description.contains(".jpeg") == true)
        #expect(error?.description.contains("/tmp/figure.jpeg") == true)
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }

    @Test func unwritableFolderIsNamedInTheError() throws {
        let url = URL(fileURLWithPath: "/nonexistent-digitplot-folder/countplot.png")
        let error = #expect(throws: FileFormatError.self) { try OutputTests.chart.render(to: url) }
        #expect(error?.description.hasPrefix("/nonexistent-digitplot-folder/countplot.png: cannot write") == true)
    }

    @Test func writingReplacesTheFileAndLeavesNoTemporaries() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("counts.png")
        try Data("old".utf8).write(to: url)
        try OutputTests.chart.render(to: url)
        #expect(try Data(contentsOf: url) == OutputTests.chart.data(format: .png))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["counts.png"])
    }

    @Test func scaleMultipliesPNGPixelsButNotVectorPoints() throws {
        let chart = Waveplot(clip: Samples.spokenDigit(), digit: 0)
        let small = Size(width: 300, height: 100)
        #expect(try PNGInfo(chart.data(format: .png, size: small, scale: 2)).size == (600, 200))
        #expect(try PNGInfo(chart.data(format: .png, size: small)).size == (300, 100))
        let svg = try String(decoding: chart.data(format: .svg, scale: 2), as: UTF8.self)
        #expect(svg.contains(#"width="1080pt" height="360pt""#))
        let pdf = try String(decoding: chart.data(format: .pdf), as: UTF8.self)
        #expect(pdf.contains("/MediaBox [ 0 0 1080 360 ]"))
    }

    @Test func svgIDsAreRenumberedByFirstDefinition() {
        let svg = ##"<svg><defs><clipPath id="clip7"/><g id="surface12"/></defs><use xlink:href="#surface12"/><g clip-path="url(#clip7)" style="fill:#1f77b4"/></svg>"##
        let normalized = String(decoding: SVGNormalizer.normalize(Data(svg.utf8), title: "A < B"), as: UTF8.self)
        let expected = "<svg>\n" + ##"<title>A &lt; B</title><defs><clipPath id="clip1"/><g id="surface1"/></defs><use xlink:href="#surface1"/><g clip-path="url(#clip1)" style="fill:#1f77b4"/></svg>"##
        #expect(normalized == expected.replacingOccurrences(of: "\\n", with: "\n"))
    }
}
