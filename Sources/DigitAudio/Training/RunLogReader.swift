import FoundationEssentials

/// Reads the history of a training run from any log a user has, recognising the format by
/// its content (never by the file's extension alone):
///
/// | content | format | reader |
/// | --- | --- | --- |
/// | TFRecord framing (checked by CRC-32C) | TensorBoard event file | `TensorBoardRunReader` |
/// | a folder holding event files | a TensorBoard run (`train/`, `validation/`) | `TensorBoardRunReader` |
/// | JSON object with `log_history` | Hugging Face `trainer_state.json` | `TrainerStateReader` |
/// | JSON object of number lists | Keras `History.history` | `KerasHistoryJSONReader` |
/// | CSV header with `step` | Lightning `metrics.csv` | `LightningCSVReader` |
/// | CSV header `epoch,…` | Keras `CSVLogger`, digitviz's run log | `CSVLogParser` |
/// | `Epoch N/M` lines | Keras console output, verbose 1 or 2 | `ConsoleLogParser` |
///
/// Text may be UTF-8 or UTF-16 (with a byte-order mark), with `\n` or `\r\n` line ends.
/// Anything else fails with one ``FileFormatError`` naming the file and what was expected.
public enum RunLogReader {
    /// Reads the run log (a file, or a folder holding a TensorBoard run) at `url`.
    ///
    /// - Parameters:
    ///   - url: a log file, or a folder holding TensorBoard event files.
    ///   - warn: called with a message for a problem that spares the rest (a TensorBoard
    ///     file torn after good records), once per file.
    /// - Throws: ``FileFormatError`` naming the file (and the line, where one applies) if it
    ///   cannot be read, is empty, has no scalars or is in no format above.
    public static func read(contentsOf url: URL, warn: (String) -> Void = { _ in }) throws -> History {
        let name = url.relativePath
        var isFolder = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder {
            return try readFolder(url, warn: warn)
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw FileFormatError(url: url, cannot: "read", because: error)
        }
        let bytes = [UInt8](data)
        if TensorBoardRunReader.recognises(bytes) {
            return try TensorBoardRunReader.read(files: [(url, nil)], name: name, warn: warn)
        }
        guard let text = LogText.decode(data) else {
            throw FileFormatError(file: name, message: """
                binary content that is not a TensorBoard event file (expected a training log: \
                text, JSON, CSV or events.out.tfevents.*)
                """)
        }
        return try read(text: text, name: name)
    }

    /// Reads a text log held in memory.
    ///
    /// - Parameters:
    ///   - text: the content of the log.
    ///   - name: the name used in error messages, usually the file's path.
    /// - Throws: ``FileFormatError`` as ``read(contentsOf:warn:)`` does.
    public static func read(text: String, name: String) throws -> History {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard let first = body.first(where: { !$0.isWhitespace }) else {
            throw FileFormatError(file: name, message: "the file is empty")
        }
        if first == "{" { return try readJSON(body, name: name) }
        let records = try? CSV.records(in: body, file: name)
        if let header = records?.first?.fields.map({ $0.trimmingWhitespace() }), header.count > 1 {
            if LightningCSVReader.recognises(header: header) { return try LightningCSVReader.parse(records!, name: name) }
            if CSVLogParser.recognises(header: header) { return try CSVLogParser.parse(records!, name: name) }
        }
        let history = ConsoleLogParser.parse(body)
        guard history.epochs == 0 else { return history }
        if let header = records?.first?.fields, header.count > 1 {
            throw FileFormatError(file: name, message: """
                a CSV without an epoch or step column: expected a Keras CSVLogger header \
                ("epoch,…") or Lightning's metrics.csv ("…,step,…")
                """)
        }
        throw FileFormatError(file: name, message: """
            no epochs found: expected a CSVLogger file (header "epoch,…") or Keras console \
            output ("Epoch N/M" lines followed by "name: value" metrics)
            """)
    }

    private static func readJSON(_ text: String, name: String) throws -> History {
        guard let object = LogJSON.object(text) else {
            throw FileFormatError(file: name, message: "not valid JSON (expected a trainer_state.json or a Keras History JSON)")
        }
        if TrainerStateReader.recognises(object) { return try TrainerStateReader.read(object, name: name) }
        if KerasHistoryJSONReader.recognises(object) { return KerasHistoryJSONReader.read(object) }
        throw FileFormatError(file: name, message: """
            JSON without log_history or metric lists: expected a Hugging Face trainer_state.json \
            or a Keras History JSON ({"loss": [...], "val_loss": [...]})
            """)
    }

    /// A folder: a TensorBoard run, or else the one known log file it holds.
    private static func readFolder(_ url: URL, warn: (String) -> Void) throws -> History {
        let events = TensorBoardRunReader.eventFiles(in: url)
        if !events.isEmpty {
            return try TensorBoardRunReader.read(files: events, name: url.relativePath, warn: warn)
        }
        for known in ["metrics.csv", "trainer_state.json"] {
            let file = url.appendingPathComponent(known)
            if FileManager.default.fileExists(atPath: file.path) { return try read(contentsOf: file, warn: warn) }
        }
        throw FileFormatError(url: url, message: """
            a folder without TensorBoard event files, metrics.csv or trainer_state.json
            """)
    }
}
