import FoundationEssentials
import Glibc

/// A problem with a file the module reads or writes: it cannot be opened, read or written,
/// or its content is not in the expected format.
///
/// Its description follows the compilers' convention, `file:line: message` (or
/// `file: message` when no line applies), so a user can jump to the spot, for example
/// `run.log:17: expected 5 fields, found 3`.
public struct FileFormatError: Error, CustomStringConvertible, LocalizedError, Equatable, Sendable {
    /// The file, as the user named it (a path or a display name).
    public var file: String
    /// The line (from 1) where the problem is, if it is tied to one.
    public var line: Int?
    /// What is wrong, in words.
    public var message: String

    /// Creates an error about `file`, optionally at `line` (from 1).
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// Creates an error about the file at `url`, named by its path as given.
    public init(url: URL, line: Int? = nil, message: String) {
        self.init(file: url.relativePath, line: line, message: message)
    }

    /// Creates an error for a failed operation on the file at `url`, such as
    /// `run.log: cannot read: No such file or directory`.
    ///
    /// - Parameters:
    ///   - url: the file the operation was on; named by its relative path.
    ///   - action: what failed, as a verb: `"read"`, `"open for writing"`, …
    ///   - error: the error thrown (a Foundation error or a `POSIXError`); the system's
    ///     reason (`strerror`) is used when it has one.
    public init(url: URL, cannot action: String, because error: any Error) {
        self.init(url: url, message: "cannot \(action): \(Self.reason(error))")
    }

    /// Why an operation failed, in words: the system's reason (`strerror`) for a
    /// `POSIXError`, also one under a Foundation `CocoaError`; else the error's
    /// `errorDescription`, or its description.
    package static func reason(_ error: any Error) -> String {
        let underlying = (error as? CocoaError)?.underlying ?? error
        if let posix = underlying as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        return (underlying as? LocalizedError)?.errorDescription ?? "\(underlying)"
    }

    /// `file:line: message`, or `file: message` without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    /// The same text as ``description``, for `localizedDescription`.
    public var errorDescription: String? { description }
}
