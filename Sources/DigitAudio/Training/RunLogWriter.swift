import FoundationEssentials
import Glibc

/// Writes a run log in the format of Keras' `CSVLogger`, one row as each epoch ends.
///
/// The file starts with the header `epoch,` followed by the metric names (for the
/// project's trainer `epoch,accuracy,loss,val_accuracy,val_loss`); each epoch adds a row
/// with its number (from 0) and its values. Numbers are printed in the shortest form that
/// reads back to the same `Double` (`0.11592592298984528`, `1e-05`, `nan`, `inf`), which is
/// also what Python's `repr` prints. Lines end with `\r\n`, as Python's `csv` module (and so
/// `CSVLogger`) writes them; ``RunLogReader`` accepts either ending. Every row goes to the operating system as soon as it
/// is appended, so a crash of the training process keeps the history up to the last epoch.
///
/// ```swift
/// let log = try RunLogWriter(url: URL(fileURLWithPath: "run.log"),
///                            metricNames: ["accuracy", "loss", "val_accuracy", "val_loss"])
/// try log.append([0.95, 0.12, 0.94, 0.18])
/// ```
///
/// While open, the writer holds an exclusive advisory lock (`flock`) on the file: a second
/// writer of the same log fails with a clear error instead of interleaving rows. A row that
/// cannot be written whole (disk full) is cut off again, so the file always ends with a
/// complete row.
///
/// A writer owns an open file and is meant to be used from one task at a time.
public final class RunLogWriter {
    /// The file written.
    public let url: URL
    /// The metric columns after `epoch`, in order.
    public let metricNames: [String]
    /// The number the next row will carry (the count of rows written so far).
    public private(set) var nextEpoch = 0

    private var file: OpenFile?
    /// Bytes of complete lines written so far.
    private var length: off_t = 0

    /// Creates (or truncates) the file at `url`, locks it, and writes the header.
    ///
    /// - Throws: ``FileFormatError`` naming the file if it exists and is not a regular file,
    ///   cannot be opened for writing (missing directory, no permission, …), is being
    ///   written by another process, or the header cannot be written.
    public init(url: URL, metricNames: [String]) throws {
        self.url = url
        self.metricNames = metricNames
        if FileManager.default.fileExists(atPath: url.path), let problem = RegularFile.problem(at: url.path) {
            throw FileFormatError(url: url, message: "cannot write: \(problem)")
        }
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw FileFormatError(url: url, cannot: "open for writing", because: POSIXError.current)
        }
        // Truncate only once the lock is ours: another run's log is never cut.
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            Glibc.close(descriptor)
            throw FileFormatError(url: url, message: "cannot write: another process is writing this log")
        }
        file = OpenFile(descriptor: descriptor)
        guard ftruncate(descriptor, 0) == 0 else {
            throw FileFormatError(url: url, cannot: "truncate", because: POSIXError.current)
        }
        try write((["epoch"] + metricNames).joined(separator: ","))
    }

    /// Appends the row of the epoch that just ended and hands it to the operating system.
    ///
    /// - Parameter values: one value per metric, in the order of ``metricNames``.
    /// - Throws: ``FileFormatError`` if the row cannot be written (disk full, …).
    /// - Precondition: the writer is open and `values` has one value per metric.
    public func append(_ values: [Double]) throws {
        precondition(values.count == metricNames.count,
                     "expected \(metricNames.count) values, got \(values.count)")
        let fields = [String(nextEpoch)] + values.map(\.description)
        try write(fields.joined(separator: ","))
        nextEpoch += 1
    }

    /// Closes the file; later appends are programming errors. Closing twice does nothing.
    public func close() throws {
        guard let file else { return }
        self.file = nil
        do { try file.close() } catch {
            throw FileFormatError(url: url, cannot: "close", because: error)
        }
    }

    /// Writes a whole history to `url` as a `CSVLogger` file.
    ///
    /// - Throws: ``FileFormatError`` naming the file if it cannot be written.
    public static func write(_ history: History, to url: URL) throws {
        let writer = try RunLogWriter(url: url, metricNames: history.metricNames)
        for row in history.values { try writer.append(row) }
        try writer.close()
    }

    /// Writes one line (plus `\r\n`) with a single unbuffered `write`; a line written only
    /// in part is cut off again.
    private func write(_ line: String) throws {
        guard let file else { preconditionFailure("RunLogWriter used after close()") }
        let bytes = Array((line + "\r\n").utf8)
        do { try file.write(bytes) } catch {
            _ = ftruncate(file.descriptor, length)
            _ = lseek(file.descriptor, length, SEEK_SET)
            throw FileFormatError(url: url, cannot: "write", because: error)
        }
        length += off_t(bytes.count)
    }
}
