import FoundationEssentials
import Glibc

/// Writes files so that readers never see a half-written one: the content goes to a
/// temporary file in the destination's folder, which is then renamed over the destination.
/// The temporary file is registered with ``TemporaryFiles`` while it exists, so that an
/// interrupt can remove it.
public enum AtomicFile {
    /// A temporary path beside `url`, hidden and unique, for content to be renamed onto `url`.
    public static func temporaryURL(beside url: URL) -> URL {
        url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
    }

    /// Runs `write` on a temporary path beside `url`, then renames it to `url`.
    /// On any error the temporary file is removed and `url` is left as it was.
    ///
    /// - Throws: `FileFormatError` naming `url` when the folder is missing or not writable,
    ///   when `url` exists and is not a regular file (a device, a FIFO or a folder is never
    ///   replaced), or whatever `write` throws.
    public static func write(to url: URL, _ write: (URL) throws -> Void) throws {
        if FileManager.default.fileExists(atPath: url.path), let problem = RegularFile.problem(at: url.path) {
            throw FileFormatError(file: url.path, message: "cannot write: \(problem), not replaced")
        }
        let folder = url.deletingLastPathComponent()
        var isFolder = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder else {
            throw FileFormatError(file: url.path, message: "cannot write: folder \(folder.path) does not exist")
        }
        let temporary = temporaryURL(beside: url)
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        do {
            try write(temporary)
            if rename(temporary.path, url.path) != 0 {
                throw FileFormatError(file: url.path, message: "cannot write: \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let error = error as? FileFormatError { throw error }
            throw FileFormatError(url: url, cannot: "write", because: error)
        }
    }

    /// Writes `data` to `url` atomically.
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { try data.write(to: $0) }
    }
}
