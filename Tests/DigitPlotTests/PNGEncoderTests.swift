import DigitAudio
import Testing
@testable import DigitPlot

@Suite struct PNGEncoderTests {
    @Test func encodedPixelsDecodeUnchanged() throws {
        var random = SeededGenerator(seed: 10)
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
