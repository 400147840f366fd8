import FoundationEssentials

/// JSON as Python's `json.dump` writes it: standard JSON plus the bare tokens `NaN`,
/// `Infinity` and `-Infinity`, which are read as numbers.
enum LogJSON {
    /// The top-level object of `text`, or `nil` if it is not a JSON object.
    static func object(_ text: String) -> [String: JSONValue]? {
        let standard = replacingPythonTokens(in: text)
        return (try? JSONValue(parsing: standard.utf8))?.object
    }

    /// A JSON value as a number: numbers (not booleans) as they are; `NaN`/`Infinity`
    /// tokens (sentinel strings after ``replacingPythonTokens(in:)``) and `null` as `nan`/±∞.
    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .number: value.double
        case .null: .nan
        case .string(let text): sentinels[text]
        default: nil
        }
    }

    private static let sentinels: [String: Double] = [
        "\u{1}NaN": .nan, "\u{1}Infinity": .infinity, "\u{1}-Infinity": -.infinity,
    ]

    /// Replaces bare `NaN`, `Infinity` and `-Infinity` outside strings by sentinel strings.
    static func replacingPythonTokens(in text: String) -> String {
        guard text.contains("NaN") || text.contains("Infinity") else { return text }
        var result = ""
        var inString = false, escaped = false
        var scalars = Substring(text)
        while let first = scalars.first {
            if inString {
                if escaped { escaped = false } else if first == "\\" { escaped = true } else if first == "\"" { inString = false }
                result.append(first)
                scalars.removeFirst()
                continue
            }
            if first == "\"" { inString = true }
            if let token = ["-Infinity", "Infinity", "NaN"].first(where: { scalars.hasPrefix($0) }) {
                result += "\"\\u0001\(token)\""
                scalars.removeFirst(token.count)
                continue
            }
            result.append(first)
            scalars.removeFirst()
        }
        return result
    }
}
