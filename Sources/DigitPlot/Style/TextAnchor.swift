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
