/// A minimal reader of the protocol-buffer wire format: enough to walk a message's fields
/// (varint, fixed64, length-delimited, fixed32) and skip the ones not needed.
///
/// Malformed input ends the walk (``fields()`` returns what was read); it never traps.
struct ProtobufReader {
    /// One field: its number and its payload.
    enum Field {
        case varint(Int, UInt64)
        case fixed64(Int, UInt64)
        case bytes(Int, ArraySlice<UInt8>)
        case fixed32(Int, UInt32)
    }

    private let bytes: ArraySlice<UInt8>

    /// A reader over one serialised message.
    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    /// The fields in order of appearance; stops at the first malformed one.
    func fields() -> [Field] {
        var result: [Field] = []
        var offset = bytes.startIndex
        while offset < bytes.endIndex {
            guard let key = Self.varint(bytes, &offset) else { break }
            let number = Int(truncatingIfNeeded: key >> 3)
            switch key & 7 {
            case 0:
                guard let value = Self.varint(bytes, &offset) else { return result }
                result.append(.varint(number, value))
            case 1:
                guard let value = Self.fixed(bytes, &offset, size: 8) else { return result }
                result.append(.fixed64(number, value))
            case 2:
                guard let length = Self.varint(bytes, &offset), length <= UInt64(bytes.endIndex - offset) else { return result }
                result.append(.bytes(number, bytes[offset..<offset + Int(length)]))
                offset += Int(length)
            case 5:
                guard let value = Self.fixed(bytes, &offset, size: 4) else { return result }
                result.append(.fixed32(number, UInt32(value)))
            default:
                return result
            }
        }
        return result
    }

    /// Reads a base-128 varint at `offset`, advancing it; `nil` if truncated or too long.
    static func varint(_ bytes: ArraySlice<UInt8>, _ offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.endIndex, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
        return nil
    }

    /// Reads a little-endian fixed-size integer of `size` bytes at `offset`, advancing it.
    static func fixed(_ bytes: ArraySlice<UInt8>, _ offset: inout Int, size: Int) -> UInt64? {
        guard bytes.endIndex - offset >= size else { return nil }
        let value = (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
        offset += size
        return value
    }
}
