/// Builds a panel's marks from a closure, as Swift Charts' chart content:
/// one mark per line, `for` loops, `if`/`else` and optionals.
@resultBuilder
public enum MarkBuilder {
    /// One mark.
    public static func buildExpression(_ mark: any Mark) -> [any Mark] { [mark] }
    /// Several marks (from a `map`).
    public static func buildExpression(_ marks: [any Mark]) -> [any Mark] { marks }
    /// The marks of consecutive lines.
    public static func buildBlock(_ parts: [any Mark]...) -> [any Mark] { parts.flatMap { $0 } }
    /// An `if` without `else`.
    public static func buildOptional(_ part: [any Mark]?) -> [any Mark] { part ?? [] }
    /// The first branch of an `if`/`else`.
    public static func buildEither(first part: [any Mark]) -> [any Mark] { part }
    /// The second branch of an `if`/`else`.
    public static func buildEither(second part: [any Mark]) -> [any Mark] { part }
    /// A `for` loop.
    public static func buildArray(_ parts: [[any Mark]]) -> [any Mark] { parts.flatMap { $0 } }
}
