/// Why recordings cannot be split into a training and a test set, or a split cannot be parsed.
public struct SplitError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, in one line.
    public var message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
