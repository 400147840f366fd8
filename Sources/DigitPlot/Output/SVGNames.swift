/// Where an SVG file defines and names ids, found as `NSRegularExpression` (ICU) found them
/// with the patterns `\bid="([^"]+)"` (definitions) and `(\bid="|"#|\(#)([^"')\s]+)` (a
/// name after `id="`, `"#` in an `href`, or `(#` in a `url()`): the same matches, scanned
/// left to right without overlaps, with ICU's meaning of `\b` and `\s`.
///
/// Each match is the range of the name in the text's Unicode scalars.
enum SVGNames {
    /// The names defined by `id="name"`.
    static func definitions(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            if isIDAttribute(text, at: index), let end = text[(index + 4)...].firstIndex(of: "\""), end > index + 4 {
                found.append(index + 4 ..< end)
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// The names after `id="`, `"#` or `(#`.
    static func uses(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index < text.count {
            let opener = isIDAttribute(text, at: index) ? 4
                : (text[index] == "\"" || text[index] == "(") && index + 1 < text.count && text[index + 1] == "#" ? 2 : 0
            let start = index + opener
            let end = opener > 0 ? text[start...].firstIndex(where: endsName) ?? text.count : start
            if end > start {
                found.append(start ..< end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether `id="` starts at `index` after a word boundary (`\bid="`).
    private static func isIDAttribute(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 4 <= text.count, text[index ..< index + 4].elementsEqual("id=\"".unicodeScalars) else { return false }
        // ICU looks back past combining and format characters for the character before.
        let before = text[..<index].lastIndex { !$0.properties.isGraphemeExtend && $0.properties.generalCategory != .format }
        return before.map { !isWordCharacter(text[$0]) } ?? true
    }

    /// ICU's `\w`: letters, marks, decimal digits, connector punctuation, ZWNJ and ZWJ.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: true
        default: scalar.properties.isAlphabetic || scalar == "\u{200C}" || scalar == "\u{200D}"
        }
    }

    /// Whether a scalar ends a name: `"`, `'`, `)` or ICU's `\s` (Unicode's White_Space).
    private static func endsName(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "'" || scalar == ")" || scalar.properties.isWhitespace
    }
}
