/// Reading and writing comma-separated values as RFC 4180 and pandas do.
///
/// Fields holding a comma, a double quote or a line break are quoted, with inner quotes
/// doubled. Records end at an unquoted line break (`\n` or `\r\n`).
enum CSV {
    /// One record and the line (from 1) where it starts.
    struct Record: Equatable {
        /// The line number, from 1, of the record's first character.
        var line: Int
        /// The unquoted fields.
        var fields: [String]
    }

    /// The text of a field, quoted if it needs to be.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// One line of text (with its final `\n`) from fields.
    static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }

    /// Splits text into records; blank lines are skipped.
    ///
    /// - Throws: ``FileFormatError`` for a quoted field that never closes.
    static func records(in text: String, file: String) throws -> [Record] {
        var records: [Record] = []
        try forEachRecord(in: text, file: file) { records.append($0) }
        return records
    }

    /// Calls `body` with each record of `text` in order, blank lines skipped, without
    /// holding the records: memory stays that of one record whatever the file's size.
    ///
    /// - Throws: ``FileFormatError`` for a quoted field that never closes, or what `body` throws.
    static func forEachRecord(in text: String, file: String, _ body: (Record) throws -> Void) throws {
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1
        var inQuotes = false, atFieldStart = true, recordHasContent = false
        var bytes = text.utf8.makeIterator()
        var pending: UInt8? = nil

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() throws {
            endField()
            if recordHasContent || fields.count > 1 || !fields[0].isEmpty {
                try body(Record(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            recordHasContent = false
        }

        while let byte = pending ?? bytes.next() {
            pending = nil
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    let next = bytes.next()
                    if next == UInt8(ascii: "\"") { field.append(byte) } else { inQuotes = false; pending = next }
                } else {
                    if byte == UInt8(ascii: "\n") { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\"") where atFieldStart:
                inQuotes = true
                recordHasContent = true
                atFieldStart = false
            case UInt8(ascii: ","):
                endField()
                atFieldStart = true
            case UInt8(ascii: "\n"):
                try endRecord()
                line += 1
                recordLine = line
                atFieldStart = true
            case UInt8(ascii: "\r"):
                let next = bytes.next()
                if next != UInt8(ascii: "\n") { field.append(byte) }
                pending = next
                atFieldStart = false
            default:
                field.append(byte)
                atFieldStart = false
            }
        }
        if inQuotes { throw FileFormatError(file: file, line: recordLine, message: "quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty || recordHasContent { try endRecord() }
    }
}
