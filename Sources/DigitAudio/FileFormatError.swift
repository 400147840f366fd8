/// A problem with one input file: which file, where in it when known, and what is wrong.
///
/// Its description is one line, `file:line: message` or `file: message`, fit for stderr.
public struct FileFormatError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's path as the user gave it.
    public var file: String
    /// The 1-based line number, for text formats.
    public var line: Int?
    /// What is wrong, in a few words.
    public var message: String

    /// Creates an error about `file`.
    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
