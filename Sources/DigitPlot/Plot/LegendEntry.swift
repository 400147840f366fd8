/// One row of a legend: a small symbol in a series' color and its name.
public struct LegendEntry: Sendable, Hashable {
    /// How the entry's symbol is drawn.
    public enum Symbol: Sendable, Hashable {
        /// A short line, solid or dashed.
        case line(StrokeStyle)
        /// A filled square (bars, areas).
        case box
        /// A filled dot.
        case dot
    }

    /// The series' name.
    public var label: String
    /// The series' color.
    public var color: Color
    /// The symbol.
    public var symbol: Symbol

    /// Creates an entry.
    public init(label: String, color: Color, symbol: Symbol) {
        self.label = label
        self.color = color
        self.symbol = symbol
    }
}
