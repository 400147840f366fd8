/// The data extent of a mark, from which a panel infers its axes' domains.
public struct DataBounds: Sendable, Hashable {
    /// Horizontal extent, or `nil` if the mark places nothing horizontally.
    public var x: ClosedRange<Double>?
    /// Vertical extent, or `nil`.
    public var y: ClosedRange<Double>?
    /// x values the domain's margin must not cross (matplotlib's sticky edges).
    public var stickyX: [Double]
    /// y values the domain's margin must not cross: a bar's or area's baseline.
    public var stickyY: [Double]

    /// Creates bounds.
    public init(x: ClosedRange<Double>?, y: ClosedRange<Double>?, stickyX: [Double] = [], stickyY: [Double] = []) {
        self.x = x
        self.y = y
        self.stickyX = stickyX
        self.stickyY = stickyY
    }

    /// No extent: the mark does not affect the domains.
    public static let none = DataBounds(x: nil, y: nil)

    /// The smallest range holding every finite value, or `nil` if there is none.
    public static func range<S: Sequence>(of values: S) -> ClosedRange<Double>? where S.Element == Double {
        var low = Double.infinity
        var high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        return low <= high ? low...high : nil
    }

    /// The union of two optional ranges.
    static func union(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<Double>? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
    }
}
