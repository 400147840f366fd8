import FoundationEssentials
import Glibc

/// Reading whole files safely: only regular files (a FIFO would block forever, a device
/// never end) and only up to a length given by the caller, checked before reading.
public enum RegularFile {
    /// Why the file at `path` is not a regular file (following symbolic links), or `nil`
    /// when it is one.
    public static func problem(at path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return "cannot read: \(String(cString: strerror(errno)))" }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "not a regular file (a FIFO)"
        case S_IFCHR, S_IFBLK: return "not a regular file (a device)"
        case S_IFDIR: return "is a folder"
        default: return "not a regular file"
        }
    }

    /// The content of the regular file at `url`, at most `maximumLength` bytes.
    ///
    /// - Throws: `FileFormatError` naming the file when it cannot be read, is not a regular
    ///   file, or is longer than `maximumLength`.
    public static func read(_ url: URL, maximumLength: Int) throws -> Data {
        if let problem = problem(at: url.path) { throw FileFormatError(url: url, message: problem) }
        do {
            let data = try OpenFile(readingAtPath: url.path).read(upToCount: maximumLength + 1)
            guard data.count <= maximumLength else {
                throw FileFormatError(url: url, message: "longer than the limit of \(maximumLength) bytes")
            }
            return data
        } catch let error as FileFormatError {
            throw error
        } catch {
            throw FileFormatError(url: url, cannot: "read", because: error)
        }
    }
}
