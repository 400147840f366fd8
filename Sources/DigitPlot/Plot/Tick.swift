/// One tick: a position on an axis and its label.
public struct Tick: Sendable, Hashable {
    /// Position in data units.
    public var value: Double
    /// Text shown next to the tick.
    public var label: String

    /// Creates a tick.
    public init(_ value: Double, label: String) {
        self.value = value
        self.label = label
    }

    /// Ticks at 0, 1, 2, … labelled with `labels`: category axes (digits, classes).
    public static func categories(_ labels: [String]) -> [Tick] {
        labels.enumerated().map { Tick(Double($0.offset), label: $0.element) }
    }
}
