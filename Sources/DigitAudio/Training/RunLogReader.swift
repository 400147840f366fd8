import Foundation

/// Reads the history of a training run from a run log, recognising its format by itself.
///
/// Two kinds of files are understood:
/// - a Keras `CSVLogger` file (and the project's own run log, see ``RunLogWriter``): a
///   header `epoch,…` naming any metric columns, then one row per epoch; `nan`, `inf` and
///   `CSVLogger`'s `NA` (a metric missing that epoch) read as `nan`;
/// - Keras' console output of `model.fit`, at verbose 2 (one line of metrics per epoch) or
///   verbose 1 (progress bars redrawn with carriage returns, backspaces and ANSI colors, as
///   a terminal receives them). Each `Epoch N/M` line starts an epoch whose metrics are the
///   last update printed before the next one: the last one with `val_` metrics if any
///   (so an `evaluate` printed after training is not taken for the last epoch), otherwise
///   the last one. An epoch whose progress bar never reached its end (the run was
///   interrupted) is left out. Any other line (model summary, callback messages such as
///   ModelCheckpoint's, timings) is ignored. Metric names keep their order of appearance.
public enum RunLogReader {
    /// Reads the run log at `url`.
    ///
    /// - Throws: ``FileFormatError`` naming the file (and the line, where one applies) if it
    ///   cannot be read, is empty, holds no recognisable epochs or has a malformed CSV row.
    public static func read(contentsOf url: URL) throws -> History {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw FileFormatError(url: url, cannot: "read", because: error)
        }
        return try read(text: String(decoding: data, as: UTF8.self), name: url.relativePath)
    }

    /// Reads a run log held in memory.
    ///
    /// - Parameters:
    ///   - text: the content of the log.
    ///   - name: the name used in error messages, usually the file's path.
    /// - Throws: ``FileFormatError`` as ``read(contentsOf:)`` does.
    public static func read(text: String, name: String) throws -> History {
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        guard body.contains(where: { !$0.isWhitespace }) else {
            throw FileFormatError(file: name, message: "the file is empty")
        }
        if CSVLogParser.recognises(body) {
            return try CSVLogParser.parse(body, name: name)
        }
        let history = ConsoleLogParser.parse(body)
        guard history.epochs > 0 else {
            throw FileFormatError(file: name, message: """
                no epochs found: expected a CSVLogger file (header "epoch,…") or Keras console \
                output ("Epoch N/M" lines followed by "name: value" metrics)
                """)
        }
        return history
    }
}
