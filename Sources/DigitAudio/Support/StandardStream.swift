import FoundationEssentials
import Glibc

/// Standard input, output or error, read and written with `read(2)` and `write(2)` at once,
/// unbuffered, as `FileHandle.standardInput` and its siblings did: written bytes are on the
/// stream when the call returns, ahead of anything written later to either output.
package enum StandardStream {
    case input, output, error

    /// Reads until `count` bytes or the end of the stream.
    ///
    /// - Throws: ``FileFormatError`` naming the stream (`<stdin>`, …) with the system's reason.
    package func read(upToCount count: Int) throws -> Data {
        do { return try OpenFile.read(upToCount: count, from: descriptor) } catch {
            throw FileFormatError(file: name, message: "cannot read: \(FileFormatError.reason(error))")
        }
    }

    /// Writes all of `bytes`.
    ///
    /// - Throws: ``FileFormatError`` naming the stream (`<stdout>`, …) with the system's reason.
    package func write(_ bytes: some ContiguousBytes) throws {
        do { try OpenFile.write(bytes, to: descriptor) } catch {
            throw FileFormatError(file: name, message: "cannot write: \(FileFormatError.reason(error))")
        }
    }

    /// Writes `text` as UTF-8; a failure is ignored (there is nowhere left to report it).
    package func write(_ text: String) {
        try? write(Array(text.utf8))
    }

    private var descriptor: Int32 {
        switch self {
        case .input: STDIN_FILENO
        case .output: STDOUT_FILENO
        case .error: STDERR_FILENO
        }
    }

    private var name: String {
        switch self {
        case .input: "<stdin>"
        case .output: "<stdout>"
        case .error: "<stderr>"
        }
    }
}
