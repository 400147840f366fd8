/// A shape to fill or stroke: subpaths of straight segments and circular arcs.
public struct Path: Sendable, Hashable {
    /// One step of a path.
    public enum Element: Sendable, Hashable {
        /// Starts a new subpath at a point.
        case move(Point)
        /// A straight segment to a point.
        case line(Point)
        /// A clockwise circular arc (angles in radians from the x axis, y down). It starts a
        /// new subpath when it is the path's first step or follows `close`; otherwise a
        /// straight segment joins it to the current point.
        case arc(center: Point, radius: Double, from: Double, to: Double)
        /// Closes the current subpath.
        case close
    }

    /// The steps, in order.
    public var elements: [Element]

    /// A path of the given steps.
    public init(_ elements: [Element] = []) {
        self.elements = elements
    }

    /// A rectangle, with corners rounded by `cornerRadius` (at most half the shorter side).
    public static func rect(_ rect: Rect, cornerRadius: Double = 0) -> Path {
        let r = min(cornerRadius, rect.width / 2, rect.height / 2)
        guard r > 0 else {
            return Path([.move(Point(x: rect.minX, y: rect.minY)), .line(Point(x: rect.maxX, y: rect.minY)),
                         .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.minX, y: rect.maxY)), .close])
        }
        return Path([
            .arc(center: Point(x: rect.maxX - r, y: rect.minY + r), radius: r, from: -.pi / 2, to: 0),
            .arc(center: Point(x: rect.maxX - r, y: rect.maxY - r), radius: r, from: 0, to: .pi / 2),
            .arc(center: Point(x: rect.minX + r, y: rect.maxY - r), radius: r, from: .pi / 2, to: .pi),
            .arc(center: Point(x: rect.minX + r, y: rect.minY + r), radius: r, from: .pi, to: 3 * .pi / 2),
            .close,
        ])
    }

    /// A full circle.
    public static func circle(center: Point, radius: Double) -> Path {
        Path([.arc(center: center, radius: radius, from: 0, to: 2 * .pi)])
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polylines([points])
        if !path.elements.isEmpty { path.elements.append(.close) }
        return path
    }

    /// Unconnected runs of straight segments; runs of fewer than two points are left out.
    public static func polylines(_ runs: [[Point]]) -> Path {
        var elements: [Element] = []
        for run in runs where run.count > 1 {
            elements.append(.move(run[0]))
            for point in run.dropFirst() { elements.append(.line(point)) }
        }
        return Path(elements)
    }
}
