import Dispatch
import FoundationEssentials

/// Feature vectors of recordings, one row per recording, with their digit labels.
///
/// Rows are stored row-major in one array, so row `i` is
/// `features[i * dimension ..< (i + 1) * dimension]`. As a file it is the features CSV
/// (DESIGN §3): a header `0,1,…,{dimension−1},label,file,speaker`, then one line per
/// recording; pandas loads it as the original project's `processed.csv`.
public struct FeatureTable: Sendable, Equatable {
    /// Number of features per row.
    public let dimension: Int
    /// All features, row-major: `count × dimension` numbers.
    public private(set) var features: [Float]
    /// The digit of each row (the same as `recordings[i].digit`).
    public private(set) var labels: [Int]
    /// The recording each row comes from.
    public private(set) var recordings: [Recording]

    /// An empty table of rows with `dimension` features.
    public init(dimension: Int) {
        precondition(dimension > 0, "dimension must be positive")
        self.dimension = dimension
        self.features = []
        self.labels = []
        self.recordings = []
    }

    /// A table from row-major features and the recordings they come from, in the same order.
    public init(dimension: Int, features: [Float], recordings: [Recording]) {
        precondition(dimension > 0, "dimension must be positive")
        precondition(features.count == dimension * recordings.count, "features do not fill the rows")
        self.dimension = dimension
        self.features = features
        self.labels = recordings.map(\.digit)
        self.recordings = recordings
    }

    /// Number of rows.
    public var count: Int { labels.count }

    /// The features of row `index`.
    public func row(_ index: Int) -> ArraySlice<Float> {
        features[index * dimension ..< (index + 1) * dimension]
    }

    /// The first `width` numbers of every row: the recordings as they are, from a table of
    /// every view of them (see ``TrainedModel/views``).
    public func firstView(width: Int) -> FeatureTable {
        precondition(width > 0 && dimension % width == 0, "a view's width must divide the row's")
        guard width < dimension else { return self }
        return FeatureTable(dimension: width, features: (0..<count).flatMap { row($0).prefix(width) }, recordings: recordings)
    }

    /// Adds a row at the end.
    public mutating func append<C: Collection>(features row: C, recording: Recording) where C.Element == Float {
        precondition(row.count == dimension, "row has \(row.count) features, expected \(dimension)")
        features.append(contentsOf: row)
        labels.append(recording.digit)
        recordings.append(recording)
    }

    /// Adds every row of `other` (of the same width) at the end.
    public mutating func append(contentsOf other: FeatureTable) {
        precondition(other.dimension == dimension, "rows have \(other.dimension) features, expected \(dimension)")
        features += other.features
        labels += other.labels
        recordings += other.recordings
    }

    /// The rows at `indices`, in that order.
    public func subset(_ indices: [Int]) -> FeatureTable {
        var table = FeatureTable(dimension: dimension)
        table.features.reserveCapacity(indices.count * dimension)
        for index in indices { table.append(features: row(index), recording: recordings[index]) }
        return table
    }

    // MARK: - CSV

    /// The features CSV text: header, then one line per row; a missing speaker is an empty field.
    public func csvText() -> String {
        // Rows are formatted in stretches on all cores (the float formatting is most of the
        // work), then joined in order: the same text as one row after another.
        let header = CSV.line((0..<dimension).map(String.init) + ["label", "file", "speaker"])
        let stretches = count < 256 ? 1 : min(16, ProcessInfo.processInfo.activeProcessorCount * 4)
        let parts = ResultSlots<String>(count: stretches)
        DispatchQueue.concurrentPerform(iterations: stretches) { part in
            parts[part] = rowsText(count * part / stretches..<count * (part + 1) / stretches)
        }
        return parts.values.reduce(into: header) { $0 += $1 }
    }

    /// The CSV lines of the rows in `range`.
    private func rowsText(_ range: Range<Int>) -> String {
        var text = ""
        text.reserveCapacity(range.count * (dimension * 12 + 48))
        // Numbers never need quoting: only the file and speaker fields go through CSV.escape.
        features.withUnsafeBufferPointer { values in
            for index in range {
                for value in values[(index * dimension)..<((index + 1) * dimension)] {
                    text += value.description
                    text += ","
                }
                let recording = recordings[index]
                text += String(labels[index])
                text += ","
                text += CSV.escape(recording.url.relativePath)
                text += ","
                text += CSV.escape(recording.speaker ?? "")
                text += "\n"
            }
        }
        return text
    }

    /// Writes the features CSV to `url` atomically (a temporary file in the same folder, then a rename).
    public func write(to url: URL) throws {
        try AtomicFile.write(Data(csvText().utf8), to: url)
    }

    /// Reads a features CSV file.
    ///
    /// Feature columns are those named `0`, `1`, … (they must be consecutive from 0), and a
    /// `label` column (digit 0–9) is required. `file` and `speaker` columns are optional:
    /// without `file` a row is named `{csv}:{line}`; an empty `speaker` means unknown, and
    /// without a `speaker` column the speaker comes from an FSDD-style file name. The take
    /// index always comes from the file name (``RecordingName``) when it has one. Other
    /// columns (such as pandas' unnamed index) are ignored.
    ///
    /// - Throws: ``FileFormatError`` naming the file and line of the first problem, or the
    ///   file when it is not a regular file or longer than ``maximumFileLength``.
    public init(contentsOf url: URL) throws {
        let data = try RegularFile.read(url, maximumLength: Self.maximumFileLength)
        try self.init(csv: String(decoding: data, as: UTF8.self), file: url.relativePath)
    }

    /// The longest features CSV read, in bytes (FSDD's 3,000 recordings take 3 MB).
    public static let maximumFileLength = 512 << 20

    /// Parses features CSV text (see ``init(contentsOf:)``); `file` names it in errors.
    /// A leading byte-order mark, as spreadsheet programs write, is ignored.
    public init(csv text: String, file: String) throws {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        func fail(_ line: Int, _ message: String) -> FileFormatError { FileFormatError(file: file, line: line, message: message) }
        var parsed: (layout: Layout, table: FeatureTable)?
        try CSV.forEachRecord(in: text, file: file) { record in
            if parsed == nil {
                let layout = try Layout(header: record, fail: fail)
                parsed = (layout, FeatureTable(dimension: layout.columnOfFeature.count))
            } else {
                try parsed!.table.append(record, layout: parsed!.layout, file: file, fail: fail)
            }
        }
        guard let parsed else { throw FileFormatError(file: file, message: "empty file, expected a header") }
        guard !parsed.table.labels.isEmpty else { throw fail(parsed.layout.headerLine, "no rows after the header") }
        self = parsed.table
    }

    /// Where a features CSV keeps what, from its header.
    private struct Layout {
        var headerLine: Int
        var columns: Int
        var columnOfFeature: [Int]
        var labelColumn: Int
        var fileColumn: Int?
        var speakerColumn: Int?

        init(header: CSV.Record, fail: (Int, String) -> FileFormatError) throws {
            var featureColumns: [Int: Int] = [:]
            for (column, name) in header.fields.enumerated() {
                if let index = Int(name), index >= 0 {
                    guard featureColumns.updateValue(column, forKey: index) == nil else {
                        throw fail(header.line, "feature column \(index) appears twice")
                    }
                }
            }
            let dimension = featureColumns.count
            guard dimension > 0 else { throw fail(header.line, "no feature columns (named 0, 1, …)") }
            columnOfFeature = (0..<dimension).compactMap { featureColumns[$0] }
            guard columnOfFeature.count == dimension else {
                throw fail(header.line, "feature columns must be numbered 0 to \(dimension - 1)")
            }
            guard let label = header.fields.firstIndex(of: "label") else { throw fail(header.line, "missing label column") }
            headerLine = header.line
            columns = header.fields.count
            labelColumn = label
            fileColumn = header.fields.firstIndex(of: "file")
            speakerColumn = header.fields.firstIndex(of: "speaker")
        }
    }

    /// Appends one data row of a features CSV.
    private mutating func append(_ record: CSV.Record, layout: Layout, file: String, fail: (Int, String) -> FileFormatError) throws {
        let fields = record.fields
        guard fields.count == layout.columns else {
            throw fail(record.line, "expected \(layout.columns) columns, found \(fields.count)")
        }
        for (feature, column) in layout.columnOfFeature.enumerated() {
            guard let value = Self.number(fields[column]), !value.isNaN else {
                throw fail(record.line, "feature \(feature) is not a number")
            }
            guard value.isFinite else { throw fail(record.line, "feature \(feature) is infinite") }
            features.append(value)
        }
        guard let digit = Int(fields[layout.labelColumn].trimmingWhitespace()), (0...9).contains(digit) else {
            throw fail(record.line, "label '\(fields[layout.labelColumn])' is not a digit 0–9")
        }
        let path = layout.fileColumn.map { fields[$0] } ?? ""
        let url = URL(fileURLWithPath: path.isEmpty ? "\(file):\(record.line)" : path, isDirectory: false)
        let name = path.isEmpty ? nil : RecordingName(fileName: path)
        let speaker: String? = if let column = layout.speakerColumn {
            fields[column].isEmpty ? nil : fields[column]
        } else {
            name?.speaker
        }
        labels.append(digit)
        recordings.append(Recording(url: url, digit: digit, speaker: speaker, index: name?.index))
    }

    /// A number field, with surrounding spaces allowed (trimmed only when the plain parse fails).
    private static func number(_ field: String) -> Float? {
        Float(field) ?? Float(field.trimmingWhitespace())
    }
}
