import Foundation

/// Pooled features of many recordings: one row per recording, `dimension` columns.
public struct FeatureTable: Sendable {
    /// Features per row.
    public var dimension: Int
    /// Row-major features, `count × dimension`.
    public var features: [Float]
    /// The recording each row came from.
    public var recordings: [Recording]

    /// Creates a table; `features.count` must equal `recordings.count × dimension`.
    public init(dimension: Int, features: [Float], recordings: [Recording]) {
        precondition(features.count == recordings.count * dimension, "features do not fill the table")
        self.dimension = dimension
        self.features = features
        self.recordings = recordings
    }

    /// Number of rows.
    public var count: Int { recordings.count }
    /// The digit of each row.
    public var labels: [Int] { recordings.map(\.digit) }

    /// Writes the CSV of DESIGN §3 atomically: columns `0` … `dimension-1` (pandas' names for
    /// the original's `processed.csv`), then `label`, `file`, `speaker`.
    public func write(to url: URL) throws {
        var text = (0..<dimension).map(String.init).joined(separator: ",") + ",label,file,speaker\n"
        for (row, recording) in recordings.enumerated() {
            for value in features[(row * dimension)..<((row + 1) * dimension)] {
                text += "\(value),"
            }
            text += "\(recording.digit),\(Self.csvField(recording.url.path)),\(Self.csvField(recording.speaker ?? ""))\n"
        }
        try AtomicFile.write(Data(text.utf8), to: url)
    }

    /// Quotes a CSV field when it holds a comma, quote or newline.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
