/// A strict JSON parser (RFC 8259): UTF-8 text to a ``JSONValue``.
///
/// It accepts what `JSONDecoder` accepts (any value at the top, whitespace around it)
/// except trailing commas, which JSON does not allow (nor Python's `json`, nor the
/// reference safetensors reader). It refuses the rest with the byte offset of the problem:
/// leading zeros, control characters and invalid UTF-8 in strings, unpaired surrogate
/// escapes, and nesting deeper than ``maximumDepth`` (so that hostile input cannot exhaust
/// the stack). When an object repeats a key, the last value is kept, as Python's `json` does.
///
/// It exists for speed where every millisecond of a start counts: the first decodes of
/// `JSONDecoder` in a process check each type against its marker protocols, each check a
/// scan of every protocol conformance in the binary. With this parser and
/// ``JSONValueDecoder`` reading the model file, a whole `digitviz predict` takes a
/// millisecond less CPU time (`perf stat`: 5.95 → 4.73 ms).
struct JSONParser {
    /// Why some text is not JSON, and where.
    struct SyntaxError: Error, CustomStringConvertible, Equatable {
        /// The offset of the offending byte (the text's length when it ends too soon).
        var offset: Int
        var message: String
        var description: String { "\(message) at byte \(offset)" }
    }

    /// The deepest nesting of arrays and objects accepted (`JSONDecoder`'s limit).
    static let maximumDepth = 512

    /// The value that `text` (UTF-8) holds.
    ///
    /// - Throws: a ``SyntaxError`` when `text` is not JSON.
    static func value(of text: some Collection<UInt8>) throws -> JSONValue {
        func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<JSONValue, any Error> {
            var parser = JSONParser(bytes: bytes)
            return Result { try parser.document() }
        }
        return try (text.withContiguousStorageIfAvailable(parse) ?? Array(text).withUnsafeBufferPointer(parse)).get()
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private func fail(_ message: String, at offset: Int? = nil) -> SyntaxError {
        SyntaxError(offset: offset ?? index, message: message)
    }

    /// The whole text: one value with nothing but whitespace around it.
    private mutating func document() throws -> JSONValue {
        let value = try self.value()
        skipWhitespace()
        guard index == bytes.count else { throw fail("unexpected text after the value") }
        return value
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    /// The byte at the cursor after whitespace, or an error naming what was expected.
    private mutating func next(expecting what: String) throws -> UInt8 {
        skipWhitespace()
        guard index < bytes.count else { throw fail("unexpected end of text, expected \(what)") }
        return bytes[index]
    }

    private mutating func value() throws -> JSONValue {
        switch try next(expecting: "a value") {
        case UInt8(ascii: "{"): return try nested { try $0.object() }
        case UInt8(ascii: "["): return try nested { try $0.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected character, expected a value")
        }
    }

    /// Parses an array or object one level deeper, refusing nesting past ``maximumDepth``.
    private mutating func nested(_ parse: (inout JSONParser) throws -> JSONValue) throws -> JSONValue {
        guard depth < Self.maximumDepth else { throw fail("nested deeper than \(Self.maximumDepth) levels") }
        depth += 1
        defer { depth -= 1 }
        return try parse(&self)
    }

    private mutating func literal(_ word: StaticString) throws {
        let start = index
        for byte in UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount) {
            guard index < bytes.count, bytes[index] == byte else { throw fail("invalid literal", at: start) }
            index += 1
        }
    }

    private mutating func array() throws -> JSONValue {
        index += 1  // [
        var elements: [JSONValue] = []
        if try next(expecting: "a value or ]") == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            switch try next(expecting: ", or ]") {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "]"): index += 1; return .array(elements)
            default: throw fail("expected , or ] in an array")
            }
        }
    }

    private mutating func object() throws -> JSONValue {
        index += 1  // {
        var members: [String: JSONValue] = [:]
        if try next(expecting: "a key or }") == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            guard try next(expecting: "a key") == UInt8(ascii: "\"") else { throw fail("expected a string key in an object") }
            let key = try string()
            guard try next(expecting: ":") == UInt8(ascii: ":") else { throw fail("expected : after an object key") }
            index += 1
            members[key] = try value()
            switch try next(expecting: ", or }") {
            case UInt8(ascii: ","): index += 1
            case UInt8(ascii: "}"): index += 1; return .object(members)
            default: throw fail("expected , or } in an object")
            }
        }
    }

    /// A string, the cursor on its opening quote.
    private mutating func string() throws -> String {
        let start = index
        index += 1
        var runStart = index
        var unescaped: [UInt8] = []
        while true {
            guard index < bytes.count else { throw fail("unterminated string", at: start) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            if byte < 0x20 { throw fail("control character in a string") }
            if byte == UInt8(ascii: "\\") {
                unescaped.append(contentsOf: bytes[runStart ..< index])
                try escape(into: &unescaped)
                runStart = index
                continue
            }
            index += 1
        }
        unescaped.append(contentsOf: bytes[runStart ..< index])
        index += 1  // the closing quote
        guard let text = String(validating: unescaped, as: UTF8.self) else { throw fail("invalid UTF-8 in a string", at: start) }
        return text
    }

    /// One escape sequence, the cursor on its backslash; appends its UTF-8.
    private mutating func escape(into text: inout [UInt8]) throws {
        let start = index
        index += 1
        guard index < bytes.count else { throw fail("unterminated escape", at: start) }
        let letter = bytes[index]
        index += 1
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(letter); return
        case UInt8(ascii: "b"): text.append(0x08); return
        case UInt8(ascii: "f"): text.append(0x0C); return
        case UInt8(ascii: "n"): text.append(0x0A); return
        case UInt8(ascii: "r"): text.append(0x0D); return
        case UInt8(ascii: "t"): text.append(0x09); return
        case UInt8(ascii: "u"): break
        default: throw fail("invalid escape", at: start)
        }
        var scalar = try hexUnit()
        if (0xD800 ..< 0xDC00).contains(scalar) {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw fail("unpaired surrogate escape", at: start)
            }
            index += 2
            let low = try hexUnit()
            guard (0xDC00 ..< 0xE000).contains(low) else { throw fail("unpaired surrogate escape", at: start) }
            scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
        } else if (0xDC00 ..< 0xE000).contains(scalar) {
            throw fail("unpaired surrogate escape", at: start)
        }
        text.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
    }

    /// The four hex digits after `\u`.
    private mutating func hexUnit() throws -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("unterminated \\u escape") }
        var unit: UInt32 = 0
        for _ in 0 ..< 4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw fail("invalid hex digit in a \\u escape")
            }
            unit = unit << 4 | UInt32(digit)
            index += 1
        }
        return unit
    }

    /// A number's text as written, checked against JSON's grammar:
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws -> String {
        let start = index
        func isDigit(_ offset: Int) -> Bool { offset < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) }
        func digits() throws {
            guard isDigit(index) else { throw fail("invalid number", at: start) }
            while isDigit(index) { index += 1 }
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "0") {
            index += 1
            if isDigit(index) { throw fail("leading zero in a number", at: start) }
        } else {
            try digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            try digits()
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            try digits()
        }
        return String(decoding: bytes[start ..< index], as: UTF8.self)
    }
}

extension JSONValue {
    /// The value that JSON `text` (UTF-8) holds; see ``JSONParser``.
    init(parsing text: some Collection<UInt8>) throws {
        self = try JSONParser.value(of: text)
    }
}
