/// Where a panel's legend sits inside its plot area.
public enum LegendPlacement: Sendable, Hashable {
    /// No legend.
    case hidden
    /// Top-right corner (the default).
    case upperRight
    /// Top-left corner.
    case upperLeft
    /// Bottom-right corner.
    case lowerRight
    /// Bottom-left corner.
    case lowerLeft
}
