import DigitAudio

/// Writing to the terminal's streams.
enum Console {
    /// Writes one line to standard error, with control characters escaped (see
    /// ``printable(_:)``), so a file name or class name can neither break the line nor
    /// send escape sequences to the terminal.
    static func error(_ line: String) {
        StandardStream.error.write(printable(line) + "\n")
    }

    /// `text` with every control character (C0, DEL, C1, and line or paragraph separators)
    /// written as a `\u{…}` escape: safe to show on a terminal as one line.
    static func printable(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A probability with three decimals, as `String(cFormat: "%.3f", p)` writes it
    /// (ties to even), without the cost of C formatting: `probability(0.98765)` is `0.988`.
    static func probability(_ p: Float) -> String {
        let thousandths = Int((Double(p) * 1000).rounded(.toNearestOrEven))
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Control characters, line and paragraph separators, and format characters other than
    /// the zero-width joiners emoji use (bidirectional overrides can disguise text).
    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        case .format: !(0x200B...0x200D).contains(scalar.value)
        default: false
        }
    }
}
