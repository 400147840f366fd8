import FoundationEssentials

/// The text of a log file, whatever its encoding: UTF-8 (with or without a byte-order
/// mark) or UTF-16 (with a BOM, or little-endian without one as Windows consoles capture
/// it); `nil` for binary content.
enum LogText {
    /// Decodes `data`, or returns `nil` when it is not text (NUL bytes or control characters
    /// other than tab, line breaks, backspace and escape in its first 4 KiB).
    static func decode(_ data: Data) -> String? {
        let bytes = [UInt8](data)
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = utf16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = utf16(bytes.dropFirst(2), bigEndian: true)
        } else if looksLikeUTF16LittleEndian(bytes) {
            text = utf16(bytes[...], bigEndian: false)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            text = String(decoding: body, as: UTF8.self)
        }
        return isText(text) ? text : nil
    }

    /// ASCII text in UTF-16LE has a zero at most odd offsets.
    private static func looksLikeUTF16LittleEndian(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(512)
        guard sample.count >= 8 else { return false }
        let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let even = stride(from: 0, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        return even == 0 && odd * 10 >= sample.count / 2 * 9
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    private static func isText(_ text: String) -> Bool {
        let allowed: Set<UInt32> = [0x09, 0x0A, 0x0D, 0x08, 0x1B]
        var controls = 0, count = 0
        for scalar in text.unicodeScalars.prefix(4096) {
            count += 1
            if scalar.value == 0 { return false }
            if scalar.value < 0x20 && !allowed.contains(scalar.value) { controls += 1 }
            if scalar == "\u{FFFD}" { controls += 1 }
        }
        return controls * 20 <= count
    }
}
