import Foundation
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
        let error = #expect(throws: PlotError.self) { try OutputTests.chart.render(to: url) }
        #expect(error?.description.contains("/nonexistent-digitplot-folder") == true)
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

/// Width and height from a PNG's IHDR chunk.
struct PNGInfo {
    let width: Int
    let height: Int
    var size: (Int, Int) { (width, height) }

    init(_ data: Data) throws {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], bytes[12..<16] == [0x49, 0x48, 0x44, 0x52] else {
            throw PlotError.cairo("not a PNG")
        }
        func bigEndian(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        width = bigEndian(16)
        height = bigEndian(20)
    }
}

/// A fresh folder under the system's temporary folder, removed when released.
final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("digitplot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}

@Suite struct PNGEncoderTests {
    @Test func adler32MatchesTheBytewiseDefinition() {
        var random = SplitMix(seed: 9)
        for count in [0, 1, 15, 16, 17, 5_551, 5_552, 5_553, 40_000] {
            let data = (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) | (count > 20_000 ? 0xF0 : 0) }
            var a: UInt32 = 1
            var b: UInt32 = 0
            for byte in data {
                a = (a + UInt32(byte)) % 65521
                b = (b + a) % 65521
            }
            #expect(Deflate.adler32(data) == b << 16 | a, "\(count) bytes")
        }
    }

    @Test func encodedPixelsDecodeUnchanged() throws {
        var random = SplitMix(seed: 10)
        let width = 37
        let height = 23
        // Flat stretches, runs, repeated rows and noise, to exercise every filter and code.
        var pixels = [UInt32](repeating: 0xFF_FFFF, count: width * height)
        for row in 0..<height {
            for column in 0..<width where row % 5 != 1 {
                pixels[row * width + column] = row % 3 == 0 ? UInt32(truncatingIfNeeded: random.next()) & 0xFF_FFFF : UInt32(column * 0x010203)
            }
        }
        let png = pixels.withUnsafeBytes {
            PNGEncoder.encode(pixels: $0.baseAddress!, stride: width * 4, width: width, height: height, dotsPerInch: 100)
        }
        let image = try #require(DecodedImage(png: png))
        #expect(image.width == width && image.height == height)
        #expect(image.pixels.map { $0 & 0xFF_FFFF } == pixels)
    }
}
