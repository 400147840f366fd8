/// The JSON header of a safetensors file, read leniently: every tensor entry and the
/// metadata are kept even when malformed, so that ``SafeTensors`` can say which one is
/// wrong and how.
struct SafeTensorsHeader {
    /// One tensor's entry; a field that is absent or of the wrong JSON type is `nil`.
    struct Entry {
        var dtype: String?
        /// The shape, when it is a list of integers written as integers: not booleans or
        /// numbers with a fraction or exponent (`2.0`), which the reference reader refuses too.
        var shape: [Int]?
        /// `data_offsets`, when it is a list of integers written as integers.
        var dataOffsets: [Int]?

        init(_ fields: [String: JSONValue]) {
            if case .string(let dtype) = fields["dtype"] { self.dtype = dtype }
            shape = Self.integers(fields["shape"])
            dataOffsets = Self.integers(fields["data_offsets"])
        }

        private static func integers(_ value: JSONValue?) -> [Int]? {
            guard let elements = value?.array else { return nil }
            var integers: [Int] = []
            for element in elements {
                guard case .number(let text) = element, let integer = Int(text) else { return nil }
                integers.append(integer)
            }
            return integers
        }
    }

    /// The key of the metadata map.
    static let metadataKey = "__metadata__"

    /// Whether the header is a JSON object (when not, it has no entries).
    private(set) var isObject = true
    /// Each tensor's name and entry, in no particular order; `nil` when the value is not
    /// a JSON object.
    private(set) var entries: [(name: String, entry: Entry?)] = []
    /// The `__metadata__` value: absent, a map of strings to strings, or something else.
    private(set) var metadata: Metadata = .absent

    /// What the header holds under `__metadata__`.
    enum Metadata {
        case absent, strings([String: String]), malformed
    }

    /// The header that JSON `text` holds.
    ///
    /// - Throws: ``JSONParser/SyntaxError`` when `text` is not JSON.
    init(parsing text: some Collection<UInt8>) throws {
        guard let object = try JSONValue(parsing: text).object else {
            isObject = false
            return
        }
        for (key, value) in object {
            if key == Self.metadataKey {
                metadata = Self.strings(value).map(Metadata.strings) ?? .malformed
            } else {
                entries.append((key, value.object.map(Entry.init)))
            }
        }
    }

    /// `value` as a map of strings to strings, if it is one.
    private static func strings(_ value: JSONValue) -> [String: String]? {
        guard let members = value.object else { return nil }
        var strings: [String: String] = [:]
        for (key, member) in members {
            guard case .string(let string) = member else { return nil }
            strings[key] = string
        }
        return strings
    }
}
