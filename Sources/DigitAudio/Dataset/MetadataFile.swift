import FoundationEssentials

/// The original project's `metadata.csv`: `absPath,fileName,label`, one row per recording.
enum MetadataFile {
    /// File name → digit, from `folder/metadata.csv`; empty when there is no such file.
    ///
    /// - Throws: `FileFormatError` naming the line when a row is malformed, or the file when
    ///   it is not a regular file or too long.
    static func labels(in folder: URL) throws -> [String: Int] {
        let url = folder.appendingPathComponent("metadata.csv")
        guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
        let text = String(decoding: try RegularFile.read(url, maximumLength: FeatureTable.maximumFileLength), as: UTF8.self)
        let records = try CSV.records(in: text, file: url.path)
        guard let header = records.first?.fields.map({ $0.trimmingWhitespace() }),
              let nameColumn = header.firstIndex(of: "fileName"), let labelColumn = header.firstIndex(of: "label")
        else { throw FileFormatError(file: url.path, line: 1, message: "expected a header with fileName and label") }
        var labels: [String: Int] = [:]
        for record in records.dropFirst() {
            guard record.fields.count == header.count, let digit = Int(record.fields[labelColumn]), (0...9).contains(digit) else {
                throw FileFormatError(file: url.path, line: record.line, message: "expected \(header.count) fields with a label 0-9")
            }
            labels[record.fields[nameColumn]] = digit
        }
        return labels
    }
}
