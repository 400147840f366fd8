/// Why a model cannot be scored on a data set: the data has labels or features the model
/// does not know.
public struct EvaluationError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, in one line.
    public var message: String

    /// Creates an error with a one-line message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}
