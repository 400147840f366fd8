import CZlib
import FoundationEssentials
import Glibc

/// A fast PNG encoder for rendered figures (8-bit RGB, no interlacing).
///
/// Cairo's own PNG writer uses zlib's default compression and spends most of a figure's
/// rendering time there. Figures are mostly flat color, so this encoder filters each row
/// (Sub or Up) and compresses the result with zlib's run-length strategy (`Z_RLE`):
/// several times faster, for files about as large as zlib's fastest level makes. A `pHYs` chunk records the resolution
/// (100 dpi × scale), as matplotlib's PNGs do.
enum PNGEncoder {
    /// Encodes Cairo RGB24 pixels (`0x00RRGGBB` words, rows `stride` bytes apart).
    ///
    /// Rows are filtered one at a time and streamed through zlib, so the encoder holds two
    /// rows and the compressed stream besides the pixels (the filtered image and a
    /// `deflateBound`-sized buffer would be 1.5 times the pixels again, per figure).
    static func encode(pixels: UnsafeRawPointer, stride: Int, width: Int, height: Int, dotsPerInch: Double) -> Data {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 2, 0, 0, 0]  // 8 bits per channel, RGB, deflate, adaptive filters, no interlace
        appendChunk("IHDR", header, to: &png)
        var physical: [UInt8] = []
        let perMeter = UInt32((dotsPerInch / 0.0254).rounded())
        physical.appendBigEndian(perMeter)
        physical.appendBigEndian(perMeter)
        physical.append(1)  // unit: metre
        appendChunk("pHYs", physical, to: &png)
        var compressor = RLECompressor()
        forEachFilteredRow(pixels: pixels, stride: stride, width: width, height: height) { compressor.add($0) }
        appendChunk("IDAT", compressor.finish(), to: &png)
        appendChunk("IEND", [], to: &png)
        return Data(png)
    }

    // MARK: Filtering

    /// The PNG scanlines: each row's filter type then its filtered RGB bytes.
    static func filterRows(pixels: UnsafeRawPointer, stride: Int, width: Int, height: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((width * 3 + 1) * height)
        forEachFilteredRow(pixels: pixels, stride: stride, width: width, height: height) { output.append(contentsOf: $0) }
        return output
    }

    /// Calls `body` with each scanline in turn (its filter type, then its filtered bytes; the
    /// buffer is reused).
    ///
    /// A row equal to the one above is filtered Up (all zeros); any other takes Sub or Up,
    /// whichever gives the smaller sum of magnitudes (libpng's heuristic, over the two
    /// filters that suit flat-colored figures).
    static func forEachFilteredRow(pixels: UnsafeRawPointer, stride: Int, width: Int, height: Int,
                                   _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let rowLength = width * 3
        let rows = UnsafeMutablePointer<UInt8>.allocate(capacity: 3 * rowLength + 1)
        defer { rows.deallocate() }
        rows.initialize(repeating: 0, count: 3 * rowLength + 1)
        var current = rows
        var above = rows + rowLength
        let line = rows + 2 * rowLength
        for row in 0..<height {
            let words = (pixels + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width {
                let word = words[column]
                current[3 * column] = UInt8(truncatingIfNeeded: word >> 16)
                current[3 * column + 1] = UInt8(truncatingIfNeeded: word >> 8)
                current[3 * column + 2] = UInt8(truncatingIfNeeded: word)
            }
            defer { swap(&current, &above) }
            let bytes = line + 1
            if row > 0 && memcmp(current, above, rowLength) == 0 {
                line[0] = 2  // Up: all zeros
                bytes.update(repeating: 0, count: rowLength)
            } else {
                let (subSum, upSum) = filterCosts(current, above, count: rowLength)
                if upSum <= subSum {
                    line[0] = 2
                    for i in 0..<rowLength { bytes[i] = current[i] &- above[i] }
                } else {
                    line[0] = 1
                    for i in 0..<min(3, rowLength) { bytes[i] = current[i] }
                    for i in min(3, rowLength)..<rowLength { bytes[i] = current[i] &- current[i &- 3] }
                }
            }
            body(UnsafeBufferPointer(start: line, count: rowLength + 1))
        }
    }

    /// The sums of magnitudes of a row filtered Sub and filtered Up (libpng's heuristic).
    private static func filterCosts(_ row: UnsafePointer<UInt8>, _ above: UnsafePointer<UInt8>, count: Int) -> (sub: UInt32, up: UInt32) {
        let lead = min(3, count)
        var sub: UInt32 = 0
        var up: UInt32 = 0
        for i in 0..<lead {
            sub &+= magnitude(row[i])
            up &+= magnitude(row[i] &- above[i])
        }
        for i in lead..<count {
            sub &+= magnitude(row[i] &- row[i &- 3])
            up &+= magnitude(row[i] &- above[i])
        }
        return (sub, up)
    }

    /// A filtered byte's magnitude read as signed (libpng's filter heuristic).
    @inline(__always)
    private static func magnitude(_ byte: UInt8) -> UInt32 {
        UInt32(Int8(bitPattern: byte).magnitude)
    }

    // MARK: Chunks

    private static func appendChunk(_ type: String, _ data: [UInt8], to png: inout [UInt8]) {
        png.appendBigEndian(UInt32(data.count))
        let start = png.count
        png += type.utf8
        png += data
        png.appendBigEndian(png[start...].withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, uInt($0.count))) })
    }

    /// CRC-32 (ISO 3309) as PNG chunks use it.
    static func crc32(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBufferPointer { UInt32(CZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
    }

    /// A zlib stream of `data`, compressed with matches at distance 1 only (`Z_RLE`).
    static func zlibRLE(_ data: [UInt8]) -> [UInt8] {
        var compressor = RLECompressor()
        data.withUnsafeBufferPointer { compressor.add($0) }
        return compressor.finish()
    }

    /// zlib at level 6 with the run-length strategy (`Z_RLE`), fed piece by piece: the
    /// stream is the same as compressing the concatenated input at once (no flush points).
    struct RLECompressor: ~Copyable {
        private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        private var output: [UInt8] = []
        private var buffer = [UInt8](repeating: 0, count: 1 << 16)

        init() {
            stream.initialize(to: z_stream())
            guard czlib_deflate_init2(stream, 6, Z_RLE) == Z_OK else { fatalError("zlib: deflateInit2 failed") }
        }

        deinit {
            deflateEnd(stream)
            stream.deallocate()
        }

        /// Compresses `bytes` (after what came before).
        mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard bytes.count > 0 else { return }
            stream.pointee.next_in = UnsafeMutablePointer(mutating: bytes.baseAddress)
            stream.pointee.avail_in = uInt(bytes.count)
            while stream.pointee.avail_in > 0 { drain(Z_NO_FLUSH) }
        }

        /// Ends the stream and returns it.
        mutating func finish() -> [UInt8] {
            stream.pointee.next_in = nil
            stream.pointee.avail_in = 0
            while drain(Z_FINISH) != Z_STREAM_END {}
            return output
        }

        /// One deflate call into the buffer, whose output is appended to the stream.
        @discardableResult
        private mutating func drain(_ flush: Int32) -> Int32 {
            let count = buffer.count
            let (status, written) = buffer.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = uInt(count)
                let status = deflate(stream, flush)
                precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib: deflate failed (\(status))")
                return (status, count - Int(stream.pointee.avail_out))
            }
            output += buffer[0..<written]
            return status
        }
    }
}

extension [UInt8] {
    /// Appends `value` as four bytes, most significant first (PNG's byte order).
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16),
                            UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)])
    }
}
