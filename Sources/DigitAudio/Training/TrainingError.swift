/// Why a training run cannot start.
public struct TrainingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, in one line.
    public var message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
