/// Why data or settings cannot be used: recordings that cannot be split, a split that
/// cannot be parsed, a training run that cannot start. Problems with a file's contents are
/// ``FileFormatError``s instead.
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, in one line.
    public var message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
