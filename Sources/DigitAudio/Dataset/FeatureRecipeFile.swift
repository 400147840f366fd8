import FoundationEssentials

/// The recipe file of a features CSV: `features.csv.json` beside `features.csv`, holding the
/// ``FeatureConfiguration`` its features were made with, so that the CSV itself stays the
/// plain table pandas reads as the original's `processed.csv` (DESIGN §3).
///
/// The file is JSON: `{"format": "digitviz-features", "version": 1, "features": {…}}`, where
/// `features` is the configuration as its `Codable` conformance writes it (every setting,
/// including any added later). ``write(_:configuration:to:)`` writes the CSV and its recipe
/// together; ``configuration(of:)`` reads the recipe of a CSV, if it has one.
public struct FeatureRecipeFile: Codable, Sendable, Equatable {
    /// The `format` value.
    public static let formatName = "digitviz-features"
    /// The `version` this code writes, and the newest it reads.
    public static let currentVersion = 1
    /// The longest recipe file read, in bytes.
    public static let maximumFileLength = 1 << 20

    /// Always ``formatName``.
    public var format: String
    /// The version of this file's layout.
    public var version: Int
    /// How the CSV's features were made.
    public var features: FeatureConfiguration

    /// A recipe file for features made with `configuration`.
    public init(features configuration: FeatureConfiguration) {
        format = Self.formatName
        version = Self.currentVersion
        features = configuration
    }

    /// The recipe file's location for the CSV at `csv`: the same name with `.json` added.
    public static func url(for csv: URL) -> URL {
        csv.deletingLastPathComponent().appendingPathComponent(csv.lastPathComponent + ".json")
    }

    /// The file's bytes: pretty-printed JSON with sorted keys, ending with a newline.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and a FeatureConfiguration always encode.
        return try! encoder.encode(self) + Data("\n".utf8)
    }

    /// Writes `table` as a features CSV to `csv` and its recipe beside it, each atomically;
    /// both are complete before either replaces an earlier file, so an error leaves both as
    /// they were.
    ///
    /// - Throws: `FileFormatError` naming the file that cannot be written.
    public static func write(_ table: FeatureTable, configuration: FeatureConfiguration, to csv: URL) throws {
        try AtomicFile.write(to: url(for: csv)) { recipe in
            try FeatureRecipeFile(features: configuration).encoded().write(to: recipe)
            try table.write(to: csv)
        }
    }

    /// The configuration recorded beside the CSV at `csv`, or `nil` when it has no recipe file.
    ///
    /// - Throws: ``FileFormatError`` naming the recipe file when it cannot be read, is not a
    ///   digitviz features recipe, is from a newer version, or holds settings outside the
    ///   sane bounds (``FeatureConfiguration/problem``).
    public static func configuration(of csv: URL) throws -> FeatureConfiguration? {
        let file = url(for: csv)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let data = try RegularFile.read(file, maximumLength: maximumFileLength)
        func fail(_ message: String) -> FileFormatError { FileFormatError(url: file, message: message) }
        struct Header: Decodable { var format: String?; var version: Int? }
        guard let header = try? JSONValueDecoder.decode(Header.self, from: data) else {
            throw fail("not a features recipe: expected a JSON object with format '\(formatName)'")
        }
        guard header.format == formatName else {
            throw fail("not a features recipe: format is '\(header.format ?? "missing")', expected '\(formatName)'")
        }
        guard let version = header.version, (1...currentVersion).contains(version) else {
            throw fail("unsupported recipe version \(header.version.map(String.init) ?? "missing"), expected \(currentVersion) (made by a newer digitviz?)")
        }
        let recipe: FeatureRecipeFile
        do { recipe = try JSONValueDecoder.decode(FeatureRecipeFile.self, from: data) } catch {
            throw fail("'features' is not a valid feature configuration")
        }
        if let problem = recipe.features.problem { throw fail("invalid 'features': \(problem)") }
        return recipe.features
    }

    /// The names of the settings in which `a` and `b` differ, as their JSON keys name them
    /// (`droppedLowBands`, `sampleRate`, …), sorted; empty when they are equal.
    public static func differences(between a: FeatureConfiguration, and b: FeatureConfiguration) -> [String] {
        func fields(_ configuration: FeatureConfiguration) -> [String: JSONValue] {
            guard let data = try? JSONEncoder().encode(configuration) else { return [:] }
            return (try? JSONValue(parsing: data))?.object ?? [:]
        }
        let (left, right) = (fields(a), fields(b))
        return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] }.sorted()
    }
}
