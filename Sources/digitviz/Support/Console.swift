import Foundation

/// Writing to the terminal's streams.
enum Console {
    /// Writes one line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// A failure already reported on stderr; the command exits with `code`.
struct AlreadyReported: Error {
    var code: Int32 = 1
}
