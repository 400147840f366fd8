import Foundation

/// Writes whole files so that readers see either the old content or the new, never a part.
///
/// The data goes to a temporary file in the destination's directory (so both are on the
/// same file system), which is then renamed over the destination.
enum AtomicFile {
    /// Replaces the file at `url` with `data`; failures throw a ``FileFormatError`` naming `url`.
    static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0 ... .max)).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw FileFormatError(url: url, message: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw FileFormatError(url: url, message: "cannot write: \(reason)")
        }
    }
}
