/// Any JSON value, for reading JSON whose shape is not known in advance:
/// `JSONValue(parsing: data)` (``JSONParser``); ``JSONValueDecoder`` decodes a `Decodable`
/// from one.
///
/// A number keeps its text as written, so that integers beyond a `Double`'s 53 bits are
/// read exactly; two numbers are equal when written alike.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    /// A number's text, valid by JSON's grammar (`-12`, `0.5`, `1e-7`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The members, when the value is an object.
    var object: [String: JSONValue]? {
        if case .object(let members) = self { members } else { nil }
    }

    /// The elements, when the value is an array.
    var array: [JSONValue]? {
        if case .array(let elements) = self { elements } else { nil }
    }

    /// The number, when the value is one, rounded to the nearest `Double` (±∞ beyond its range).
    var double: Double? {
        if case .number(let text) = self { Double(text) } else { nil }
    }

    /// The number, when the value is one that is a whole number within `Int`'s range:
    /// `3`, also written `3.0` or `3e0`, as `JSONDecoder` reads them.
    var integer: Int? {
        guard case .number(let text) = self else { return nil }
        return Int(text) ?? double.flatMap { Int(exactly: $0) }
    }
}
