import FoundationEssentials

/// The JSON header of a safetensors file, decoded leniently: every tensor entry and the
/// metadata are kept even when malformed, so that ``SafeTensors`` can say which one is
/// wrong and how.
struct SafeTensorsHeader: Decodable {
    /// One tensor's entry; a field that is absent or of the wrong JSON type is `nil`.
    struct Entry: Decodable {
        var dtype: String?
        /// The shape, when it is a list of integers: not booleans or numbers with a
        /// fraction (JSONDecoder reads `2.0` as 2, where the reference reader refuses it).
        var shape: [Int]?
        /// `data_offsets`, when it is a list of integers.
        var dataOffsets: [Int]?

        init(from decoder: any Decoder) throws {
            let fields = try decoder.container(keyedBy: Name.self)
            dtype = try? fields.decode(String.self, forKey: Name("dtype"))
            shape = try? fields.decode([Int].self, forKey: Name("shape"))
            dataOffsets = try? fields.decode([Int].self, forKey: Name("data_offsets"))
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

    init(from decoder: any Decoder) throws {
        guard let object = try? decoder.container(keyedBy: Name.self) else {
            isObject = false
            return
        }
        for key in object.allKeys {
            if key.stringValue == Self.metadataKey {
                metadata = (try? object.decode([String: String].self, forKey: key)).map(Metadata.strings) ?? .malformed
            } else {
                entries.append((key.stringValue, try? object.decode(Entry.self, forKey: key)))
            }
        }
    }

    /// Any key of a JSON object.
    private struct Name: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }
}
