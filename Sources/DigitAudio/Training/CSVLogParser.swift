import Foundation

/// Parses Keras `CSVLogger` files: a header `epoch,<metric>,…` then one row per epoch.
enum CSVLogParser {
    /// Whether the first non-blank line is a header whose first field is `epoch`.
    static func recognises(_ text: String) -> Bool {
        guard let first = text.split(whereSeparator: \.isNewline)
            .first(where: { !$0.allSatisfy(\.isWhitespace) }) else { return false }
        return fields(of: first).first == "epoch"
    }

    /// Parses a whole file; `name` is used in error messages.
    static func parse(_ text: String, name: String) throws -> History {
        var header: [String]?
        var rows: [[Double]] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in lines.enumerated() where !line.allSatisfy(\.isWhitespace) {
            let lineNumber = index + 1
            func failure(_ message: String) -> FileFormatError {
                FileFormatError(file: name, line: lineNumber, message: message)
            }
            let row = fields(of: line)
            guard let columns = header else {
                let metrics = row.dropFirst()
                if let bad = metrics.first(where: \.isEmpty) ?? duplicate(in: metrics) {
                    throw failure(bad.isEmpty ? "empty column name in header" : "duplicate column '\(bad)'")
                }
                header = row
                continue
            }
            guard row.count == columns.count else {
                throw failure("expected \(columns.count) fields, found \(row.count)")
            }
            guard Int(row[0]) != nil else {
                throw failure("epoch is not an integer: '\(row[0])'")
            }
            rows.append(try zip(columns, row).dropFirst().map { column, field in
                guard let value = number(field) else {
                    throw failure("'\(column)' is not a number: '\(field)'")
                }
                return value
            })
        }
        guard let columns = header, !rows.isEmpty else {
            throw FileFormatError(file: name, message: "no epochs: the header has no rows after it")
        }
        return History(metricNames: Array(columns.dropFirst()), values: rows)
    }

    /// The comma-separated fields of a line, trimmed.
    private static func fields(of line: Substring) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// A field's value: a number (`nan` and `inf` included), or `nan` for `NA` and empty fields.
    private static func number(_ field: String) -> Double? {
        field.isEmpty || field == "NA" ? .nan : Double(field)
    }

    /// The first name that occurs twice, if any.
    private static func duplicate(in names: ArraySlice<String>) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }
}
