/// The measured extent of a line of text in a font, in logical units.
public struct TextMetrics: Sendable, Hashable {
    /// Advance width of the whole line.
    public var width: Double
    /// Height of capital letters above the baseline (the font's, not this text's).
    public var capHeight: Double
    /// Depth of descenders below the baseline (the font's).
    public var descent: Double

    /// Height of the box used for layout: cap height plus descent.
    public var height: Double { capHeight + descent }
}
