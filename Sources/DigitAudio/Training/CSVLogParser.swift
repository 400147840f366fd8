
/// Parses Keras `CSVLogger` files (and digitviz's run log): a header `epoch,<metric>,…`
/// then one row per epoch, read with the project's ``CSV`` reader.
///
/// `nan`, `inf` and `CSVLogger`'s `NA` (or an empty field: a metric missing that epoch)
/// read as `nan`. Old (`acc`, `val_acc`) and new (`accuracy`) names, and `lr` or
/// `learning_rate` columns, are metrics like any other. When the epoch restarts (two runs
/// appended to one file with `append=True`, or a repeated header), the later rows continue
/// after the earlier ones, so the curves run on.
enum CSVLogParser {
    /// Whether a header's first field is `epoch` and no column is `step` (Lightning's).
    static func recognises(header: [String]) -> Bool {
        header.first == "epoch" && !header.contains("step")
    }

    /// Parses the records of a whole file; `name` is used in error messages.
    static func parse(_ records: [CSV.Record], name: String) throws -> History {
        guard let header = records.first?.fields.map(trimmed) else {
            throw FileFormatError(file: name, message: "no header")
        }
        let metrics = header.dropFirst()
        if let bad = metrics.first(where: \.isEmpty) ?? duplicate(in: metrics) {
            throw FileFormatError(file: name, line: records[0].line,
                                  message: bad.isEmpty ? "empty column name in header" : "duplicate column '\(bad)'")
        }
        var series = metrics.map { MetricSeries(name: $0) }
        var offset = 0.0
        var last: Double?
        for record in records.dropFirst() {
            let row = record.fields.map(trimmed)
            if row == header { continue }
            func failure(_ message: String) -> FileFormatError {
                FileFormatError(file: name, line: record.line, message: message)
            }
            guard row.count == header.count else {
                throw failure("expected \(header.count) fields, found \(row.count)")
            }
            guard let epoch = Int(row[0]).map(Double.init) else {
                throw failure("epoch is not an integer: '\(row[0])'")
            }
            if let last, epoch + offset <= last { offset = last + 1 - epoch }
            last = epoch + offset
            for column in series.indices {
                let field = row[column + 1]
                guard let value = number(field) else {
                    throw failure("'\(series[column].name)' is not a number: '\(field)'")
                }
                series[column].append(value, epoch: epoch + offset)
            }
        }
        guard last != nil else {
            throw FileFormatError(file: name, message: "no epochs: the header has no rows after it")
        }
        return History(series: series)
    }

    /// The field without surrounding spaces (most fields have none: checked first, it is cheap).
    private static func trimmed(_ field: String) -> String {
        guard field.first?.isWhitespace == true || field.last?.isWhitespace == true else { return field }
        return field.trimmingWhitespace()
    }

    /// A field's value: a number (`nan` and `inf` included), or `nan` for `NA` and empty fields.
    static func number(_ field: String) -> Double? {
        field.isEmpty || field == "NA" ? .nan : Double(field)
    }

    /// The first name that occurs twice, if any.
    private static func duplicate(in names: ArraySlice<String>) -> String? {
        var seen = Set<String>()
        return names.first { !seen.insert($0).inserted }
    }
}
