import Glibc

/// Which point of a text's box is placed at the position it is drawn at.
public struct TextAnchor: Sendable, Hashable {
    /// Horizontal alignment.
    public enum Horizontal: Sendable, Hashable {
        /// The text starts at the position.
        case leading
        /// The text is centred on the position.
        case center
        /// The text ends at the position.
        case trailing
    }

    /// Vertical alignment.
    public enum Vertical: Sendable, Hashable {
        /// The top of capital letters is at the position.
        case top
        /// The middle of capital letters and digits is at the position.
        case center
        /// The baseline is at the position.
        case baseline
        /// The bottom of descenders is at the position.
        case bottom
    }

    /// Horizontal alignment.
    public var horizontal: Horizontal
    /// Vertical alignment.
    public var vertical: Vertical

    /// Creates an anchor.
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    /// Centred both ways.
    public static let center = TextAnchor(.center, .center)
}

extension TextAnchor {
    /// Where the start of the baseline goes relative to the anchor point, in the text's
    /// own (unrotated) frame, for a text of `metrics`.
    public func baselineOffset(for metrics: TextMetrics) -> Point {
        let dx: Double = switch horizontal {
        case .leading: 0
        case .center: -metrics.width / 2
        case .trailing: -metrics.width
        }
        let dy: Double = switch vertical {
        case .top: metrics.capHeight
        case .center: metrics.capHeight / 2
        case .baseline: 0
        case .bottom: -metrics.descent
        }
        return Point(x: dx, y: dy)
    }

    /// The axis-aligned box around a text of `metrics` drawn with this anchor at `position`,
    /// turned by `rotation` radians: from cap height to descent, over its advance width.
    public func box(metrics: TextMetrics, at position: Point, rotation: Double) -> Rect {
        let origin = baselineOffset(for: metrics)
        let corners = [
            Point(x: origin.x, y: origin.y - metrics.capHeight), Point(x: origin.x + metrics.width, y: origin.y - metrics.capHeight),
            Point(x: origin.x, y: origin.y + metrics.descent), Point(x: origin.x + metrics.width, y: origin.y + metrics.descent),
        ].map { corner in
            Point(x: position.x + corner.x * cos(rotation) - corner.y * sin(rotation),
                  y: position.y + corner.x * sin(rotation) + corner.y * cos(rotation))
        }
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}
