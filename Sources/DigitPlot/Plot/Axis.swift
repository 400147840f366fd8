/// How one axis of a panel looks: label, domain, ticks, direction, grid.
///
/// Everything has a default: the domain is inferred from the marks (plus a 5% margin, as
/// matplotlib), ticks are ``NiceTicks``, grid lines follow the ticks.
public struct Axis: Sendable {
    /// Where ticks go.
    public enum Ticks: Sendable {
        /// ``NiceTicks`` over the domain, as many as fit the axis' length.
        case automatic
        /// ``NiceTicks`` with whole-number steps only (indices, epochs).
        case integers
        /// Exactly these ticks (category labels).
        case explicit([Tick])
        /// No ticks or tick labels.
        case hidden
    }

    /// Text beside the axis, or `nil`.
    public var label: String?
    /// Fixed data range, or `nil` to infer it from the marks.
    public var domain: ClosedRange<Double>?
    /// Tick placement.
    public var ticks: Ticks
    /// Whether values grow downwards (y) or leftwards (x): matrix rows from the top.
    public var isReversed: Bool
    /// Whether grid lines are drawn at the ticks.
    public var showsGrid: Bool
    /// Blank margin added to an inferred domain on each side, as a fraction of its span;
    /// a mark's sticky value (a bar's baseline) stops it.
    public var margin: Double

    /// Creates an axis description; every parameter has the usual default.
    public init(
        label: String? = nil, domain: ClosedRange<Double>? = nil, ticks: Ticks = .automatic,
        isReversed: Bool = false, showsGrid: Bool = true, margin: Double = 0.05
    ) {
        self.label = label
        self.domain = domain
        self.ticks = ticks
        self.isReversed = isReversed
        self.showsGrid = showsGrid
        self.margin = margin
    }
}
