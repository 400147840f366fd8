/// A zlib stream (RFC 1950/1951) made for filtered image rows, where long runs of one byte
/// dominate: matches only at distance 1 (as zlib's `Z_RLE` strategy), then one block of
/// Huffman codes built for the data (dynamic codes, lengths limited to 15 bits).
enum Deflate {
    /// The zlib stream of `data`: header, one dynamic-Huffman block, Adler-32.
    static func zlib(_ data: [UInt8]) -> [UInt8] {
        let tokens = runLengthTokens(data)
        var literalCounts = [Int](repeating: 0, count: 286)
        for token in tokens { literalCounts[token < 256 ? Int(token) : lengthCodes[Int(token) - 256].symbol] += 1 }
        literalCounts[256] = 1  // end of block
        let literalLengths = codeLengths(literalCounts, limit: 15)
        let literalCodes = canonicalCodes(literalLengths)
        let distanceLengths = [1, 1]  // code 0 (distance 1) and an unused twin: a complete code

        var writer = BitWriter()
        writer.bytes.reserveCapacity(data.count / 6 + 64)
        writer.bytes += [0x78, 0x01]
        writer.write(1, count: 1)  // final block
        writer.write(2, count: 2)  // dynamic Huffman codes
        let literalCount = max(257, (literalLengths.lastIndex { $0 > 0 } ?? 0) + 1)
        writeCodeLengths(Array(literalLengths[..<literalCount]), distanceLengths, to: &writer)
        for token in tokens {
            if token < 256 {
                writer.write(literalCodes[Int(token)], count: literalLengths[Int(token)])
            } else {
                let code = lengthCodes[Int(token) - 256]
                writer.write(literalCodes[code.symbol], count: literalLengths[code.symbol])
                if code.extraBits > 0 { writer.write(code.extra, count: code.extraBits) }
                writer.write(0, count: 1)  // distance code 0: distance 1
            }
        }
        writer.write(literalCodes[256], count: literalLengths[256])
        writer.flush()
        writer.bytes.appendBigEndian(adler32(data))
        return writer.bytes
    }

    // MARK: Matching

    /// The data as literals (0…255) and matches at distance 1 (`256 + length`, 3…258).
    static func runLengthTokens(_ data: [UInt8]) -> [UInt16] {
        var tokens: [UInt16] = []
        tokens.reserveCapacity(data.count / 4)
        data.withUnsafeBufferPointer { input in
            var index = 0
            while index < input.count {
                let byte = input[index]
                tokens.append(UInt16(byte))
                index += 1
                var run = repeats(of: byte, in: input, from: index)
                while run >= 3 {
                    let length = min(run, 258)
                    tokens.append(UInt16(256 + length))
                    index += length
                    run -= length
                }
            }
        }
        return tokens
    }

    /// How many bytes from `start` on equal `byte`, compared eight at a time.
    @inline(__always)
    private static func repeats(of byte: UInt8, in input: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let base = UnsafeRawPointer(input.baseAddress!)
        let pattern = UInt64(byte) &* 0x0101_0101_0101_0101
        var index = start
        while index + 8 <= input.count {
            let difference = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ pattern
            if difference != 0 { return index - start + difference.trailingZeroBitCount / 8 }
            index += 8
        }
        while index < input.count && input[index] == byte { index += 1 }
        return index - start
    }

    /// For match lengths 3…258 (indexed by length): length symbol, extra bit count, extra value.
    private static let lengthCodes: [(symbol: Int, extraBits: Int, extra: UInt32)] = {
        let bases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let extras = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        var table = [(symbol: Int, extraBits: Int, extra: UInt32)](repeating: (0, 0, 0), count: 259)
        for length in 3...258 {
            let index = length == 258 ? 28 : bases.lastIndex { $0 <= length }!
            table[length] = (257 + index, extras[index], UInt32(length - bases[index]))
        }
        return table
    }()

    // MARK: Huffman codes

    /// Huffman code lengths for symbol counts, none longer than `limit`: when the optimal
    /// tree is too deep, the counts are halved (keeping every used symbol) and it is rebuilt.
    static func codeLengths(_ counts: [Int], limit: Int) -> [Int] {
        var counts = counts
        while true {
            let lengths = huffmanLengths(counts)
            if (lengths.max() ?? 0) <= limit { return lengths }
            counts = counts.map { $0 == 0 ? 0 : max(1, $0 / 2) }
        }
    }

    /// Optimal code lengths by the two-queue Huffman construction; a lone symbol gets 1 bit.
    private static func huffmanLengths(_ counts: [Int]) -> [Int] {
        var lengths = [Int](repeating: 0, count: counts.count)
        let leaves = counts.indices.filter { counts[$0] > 0 }.sorted { (counts[$0], $0) < (counts[$1], $1) }
        guard leaves.count > 1 else {
            if let only = leaves.first { lengths[only] = 1 }
            return lengths
        }
        let n = leaves.count
        var weight = leaves.map { counts[$0] } + [Int](repeating: 0, count: n - 1)
        var parent = [Int](repeating: 0, count: 2 * n - 1)
        var nextLeaf = 0
        var nextInternal = n
        for node in n..<(2 * n - 1) {
            var children = [0, 0]
            for child in 0..<2 {
                if nextLeaf < n && (nextInternal >= node || weight[nextLeaf] <= weight[nextInternal]) {
                    children[child] = nextLeaf
                    nextLeaf += 1
                } else {
                    children[child] = nextInternal
                    nextInternal += 1
                }
            }
            weight[node] = weight[children[0]] + weight[children[1]]
            parent[children[0]] = node
            parent[children[1]] = node
        }
        var depth = [Int](repeating: 0, count: 2 * n - 1)
        for node in stride(from: 2 * n - 3, through: 0, by: -1) { depth[node] = depth[parent[node]] + 1 }
        for (leaf, symbol) in leaves.enumerated() { lengths[symbol] = depth[leaf] }
        return lengths
    }

    /// Canonical codes for code lengths (RFC 1951 3.2.2), bit-reversed for writing.
    static func canonicalCodes(_ lengths: [Int]) -> [UInt32] {
        var countPerLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countPerLength[length] += 1 }
        var next = [UInt32](repeating: 0, count: 16)
        var code: UInt32 = 0
        for length in 1..<16 {
            code = (code + UInt32(countPerLength[length - 1])) << 1
            next[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            defer { next[length] += 1 }
            return reversed(next[length], length)
        }
    }

    private static func reversed(_ code: UInt32, _ length: Int) -> UInt32 {
        (0..<length).reduce(UInt32(0)) { result, bit in result << 1 | (code >> bit & 1) }
    }

    /// Writes HLIT, HDIST, HCLEN and the run-length-coded code lengths of both alphabets.
    private static func writeCodeLengths(_ literal: [Int], _ distance: [Int], to writer: inout BitWriter) {
        // Run-length symbols: 0…15 a length, 16 repeat previous 3–6, 17 zeros 3–10, 18 zeros 11–138.
        var symbols: [(symbol: Int, extra: UInt32, bits: Int)] = []
        let all = literal + distance
        var index = 0
        while index < all.count {
            let length = all[index]
            var run = 1
            while index + run < all.count && all[index + run] == length { run += 1 }
            if length == 0 && run >= 11 {
                let count = min(run, 138)
                symbols.append((18, UInt32(count - 11), 7))
                index += count
            } else if length == 0 && run >= 3 {
                let count = min(run, 10)
                symbols.append((17, UInt32(count - 3), 3))
                index += count
            } else if length > 0 && run >= 4 {
                symbols.append((length, 0, 0))
                let count = min(run - 1, 6)
                symbols.append((16, UInt32(count - 3), 2))
                index += 1 + count
            } else {
                symbols.append((length, 0, 0))
                index += 1
            }
        }
        var counts = [Int](repeating: 0, count: 19)
        for entry in symbols { counts[entry.symbol] += 1 }
        let lengths = codeLengths(counts, limit: 7)
        let codes = canonicalCodes(lengths)
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        let lengthCount = max(4, (order.lastIndex { lengths[$0] > 0 } ?? 0) + 1)
        writer.write(UInt32(literal.count - 257), count: 5)
        writer.write(UInt32(distance.count - 1), count: 5)
        writer.write(UInt32(lengthCount - 4), count: 4)
        for symbol in order[..<lengthCount] { writer.write(UInt32(lengths[symbol]), count: 3) }
        for entry in symbols {
            writer.write(codes[entry.symbol], count: lengths[entry.symbol])
            if entry.bits > 0 { writer.write(entry.extra, count: entry.bits) }
        }
    }

    // MARK: Checksum

    /// Adler-32 of `data`, 16 bytes at a time.
    ///
    /// Over a chunk of 16 bytes `x₀…x₁₅`, `a` grows by their sum and `b` by 16·a plus
    /// `16·x₀ + 15·x₁ + … + 1·x₁₅`; lanes accumulate these over blocks of 5,552 bytes (zlib's
    /// bound for 32-bit sums) before reducing modulo 65,521.
    static func adler32(_ data: [UInt8]) -> UInt32 {
        let modulus: UInt64 = 65521
        let weights = SIMD16<UInt32>(16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)
        var a: UInt64 = 1
        var b: UInt64 = 0
        data.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var start = 0
            while start < bytes.count {
                let end = min(start + 5552, bytes.count)
                var sums = SIMD16<UInt32>(repeating: 0)
                var earlier = SIMD16<UInt32>(repeating: 0)
                var chunks: UInt64 = 0
                var index = start
                while index + 16 <= end {
                    let chunk = SIMD16<UInt32>(truncatingIfNeeded: raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self))
                    earlier &+= sums
                    sums &+= chunk
                    chunks += 1
                    index += 16
                }
                b += 16 * chunks * a + 16 * UInt64(earlier.wrappedSum()) + UInt64((weights &* sums).wrappedSum())
                a += UInt64(sums.wrappedSum())
                while index < end {
                    a += UInt64(bytes[index])
                    b += a
                    index += 1
                }
                a %= modulus
                b %= modulus
                start = end
            }
        }
        return UInt32(b << 16 | a)
    }
}

/// Deflate's bit order: values least significant bit first (Huffman codes come reversed).
struct BitWriter {
    /// The bytes written so far.
    var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    /// Appends the low `bits` bits of `value`.
    mutating func write(_ value: UInt32, count bits: Int) {
        buffer |= UInt64(value) << count
        count += bits
        if count >= 32 {
            bytes.appendLittleEndian(UInt32(truncatingIfNeeded: buffer))
            buffer >>= 32
            count -= 32
        }
    }

    /// Writes out the remaining bits, padding the last byte with zeros.
    mutating func flush() {
        while count > 0 {
            bytes.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count = max(0, count - 8)
        }
    }
}

extension Array where Element == UInt8 {
    /// Appends a 32-bit value, most significant byte first.
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)])
    }

    /// Appends a 32-bit value, least significant byte first.
    mutating func appendLittleEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(truncatingIfNeeded: value), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value >> 16), UInt8(value >> 24)])
    }
}
