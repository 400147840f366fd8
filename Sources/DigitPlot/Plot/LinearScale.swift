/// A linear map from a data domain to positions on the canvas.
///
/// The range may run either way: a y scale usually maps the domain's lower bound to the
/// bottom of the plot (the larger canvas y).
public struct LinearScale: Sendable, Hashable {
    /// Data values covered.
    public var domain: ClosedRange<Double>
    /// Canvas position of `domain.lowerBound`.
    public var start: Double
    /// Canvas position of `domain.upperBound`.
    public var end: Double

    /// Creates a scale; a degenerate domain maps everything to the middle of the range.
    public init(domain: ClosedRange<Double>, start: Double, end: Double) {
        self.domain = domain
        self.start = start
        self.end = end
    }

    /// The canvas position of a data value (values outside the domain extrapolate).
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        guard span > 0 else { return (start + end) / 2 }
        return start + (value - domain.lowerBound) / span * (end - start)
    }

    /// Canvas distance per data unit (negative when the range runs backwards).
    public var unitLength: Double {
        let span = domain.upperBound - domain.lowerBound
        return span > 0 ? (end - start) / span : 0
    }
}
