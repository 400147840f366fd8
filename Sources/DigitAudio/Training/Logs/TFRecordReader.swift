/// The records of a TFRecord file: each a little-endian `uint64` length, the masked
/// CRC-32C of those 8 bytes, the data, and the masked CRC-32C of the data.
struct TFRecordReader {
    /// The records read intact, in order.
    var records: [ArraySlice<UInt8>] = []
    /// Why reading stopped early (a torn or corrupt record), or `nil` if the file was whole.
    var problem: String?

    /// Whether `bytes` starts with a record header whose length checksum holds.
    static func recognises(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 12 && CRC32C.masked(bytes[0..<8]) == uint32(bytes, at: 8)
    }

    /// Reads every intact record, stopping at the first torn or corrupt one.
    init(bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            guard bytes.count - offset >= 12 else { problem = "torn record header"; break }
            let length = (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
            guard CRC32C.masked(bytes[offset..<offset + 8]) == Self.uint32(bytes, at: offset + 8) else {
                problem = "corrupt record length (CRC-32C mismatch)"; break
            }
            let start = offset + 12
            guard length <= UInt64(bytes.count - start), bytes.count - start - Int(length) >= 4 else {
                problem = "torn record (the file ends inside it)"; break
            }
            let end = start + Int(length)
            guard CRC32C.masked(bytes[start..<end]) == Self.uint32(bytes, at: end) else {
                problem = "corrupt record data (CRC-32C mismatch)"; break
            }
            records.append(bytes[start..<end])
            offset = end + 4
        }
    }

    private static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
    }
}
