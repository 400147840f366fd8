import Foundation

/// The original project's `metadata.csv`: `absPath,fileName,label`, one row per recording.
enum MetadataFile {
    /// File name → digit, from `folder/metadata.csv`; empty when there is no such file.
    ///
    /// - Throws: `FileFormatError` naming the line when a row is malformed.
    static func labels(in folder: URL) throws -> [String: Int] {
        let url = folder.appendingPathComponent("metadata.csv")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }),
              let nameColumn = header.firstIndex(of: "fileName"), let labelColumn = header.firstIndex(of: "label")
        else { throw FileFormatError(file: url.path, line: 1, message: "expected a header with fileName and label") }
        var labels: [String: Int] = [:]
        for (number, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count, let digit = Int(fields[labelColumn]), (0...9).contains(digit) else {
                throw FileFormatError(file: url.path, line: number + 1, message: "expected \(header.count) fields with a label 0-9")
            }
            labels[fields[nameColumn]] = digit
        }
        return labels
    }
}
