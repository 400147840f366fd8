/// A typeface and size for text, resolved by fontconfig through Cairo's text API.
public struct Font: Sendable, Hashable {
    /// Stroke weight.
    public enum Weight: Sendable, Hashable {
        /// The regular ("Book") face.
        case regular
        /// The bold face.
        case bold
    }

    /// The family name given to fontconfig; DejaVu Sans by default, as matplotlib's.
    public var family: String
    /// Size in typographic points (1/72 inch); at 100 dpi, 10 pt is 13.9 logical units.
    public var size: Double
    /// Stroke weight.
    public var weight: Weight

    /// Creates a font description.
    public init(family: String = "DejaVu Sans", size: Double, weight: Weight = .regular) {
        self.family = family
        self.size = size
        self.weight = weight
    }

    /// The em size in logical units (pixels at 100 dpi).
    public var pixelSize: Double { size * 100 / 72 }

    /// The same font in another weight.
    public func weight(_ weight: Weight) -> Font {
        Font(family: family, size: size, weight: weight)
    }
}
