/// Colors, fonts and spacing shared by every chart, after matplotlib's defaults at 100 dpi.
///
/// Sizes are in logical units (pixels at 100 dpi) unless a name says points. Fonts are a
/// little larger than matplotlib's 10 pt so that 1500-pixel-wide figures stay legible
/// when shown scaled down, as in a README.
public struct Theme: Sendable, Hashable {
    /// Figure background.
    public var background: Color = .white
    /// Text, spines and ticks.
    public var foreground: Color = Color(hex: 0x222222)
    /// Secondary text, such as the details beside a layer of the architecture diagram.
    public var secondaryForeground: Color = Color(hex: 0x444444)
    /// Reference lines drawn over data, such as the kept epoch's dashed rule.
    public var referenceLine: Color = Color(hex: 0x555555)
    /// Panel titles (the original's 20 pt).
    public var titleFont = Font(size: 20)
    /// Axis labels.
    public var labelFont = Font(size: 15)
    /// Tick labels.
    public var tickFont = Font(size: 13)
    /// Legend entries.
    public var legendFont = Font(size: 13)
    /// Text placed on data: bar counts, cell values.
    public var annotationFont = Font(size: 13)
    /// Grid lines.
    public var gridColor = Color(hex: 0xB0B0B0, alpha: 0.45)
    /// Grid line width.
    public var gridWidth: Double = 1
    /// Frame (spine) and tick width: matplotlib's 0.8 pt.
    public var spineWidth: Double = 0.8 * 100 / 72
    /// Tick length: matplotlib's 3.5 pt, grown with the fonts (×1.4).
    public var tickLength: Double = 3.5 * 100 / 72 * 1.4
    /// Gap between a tick and its label: matplotlib's 3.5 pt, grown with the fonts (×1.4).
    public var tickPadding: Double = 3.5 * 100 / 72 * 1.4
    /// Gap between tick labels and an axis label, and between a title and the plot.
    public var labelPadding: Double = 12
    /// Blank border around each panel.
    public var outerPadding: Double = 18

    /// Creates the default theme.
    public init() {}

    /// The default theme: white background, DejaVu Sans, tab10 colors.
    public static let standard = Theme()

    /// Light text on a near-black background, as matplotlib's `dark_background` style;
    /// data keep their colors (tab10, the colormaps), which read on both.
    public static let dark: Theme = {
        var theme = Theme()
        theme.background = Color(hex: 0x111111)
        theme.foreground = Color(hex: 0xE6E6E6)
        theme.secondaryForeground = Color(hex: 0xBDBDBD)
        theme.referenceLine = Color(hex: 0xBDBDBD)
        theme.gridColor = Color(hex: 0xFFFFFF, alpha: 0.18)
        return theme
    }()
}
