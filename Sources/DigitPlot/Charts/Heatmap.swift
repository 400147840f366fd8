/// A matrix drawn as colored cells with a colorbar, optionally with each cell's value
/// written in it (text black or white, whichever contrasts with the cell).
///
/// Each side of the matrix is laid on an axis as categories (labelled cells), indices
/// (0, 1, … with nice whole-number ticks) or a continuous range (time, frequency). The
/// colormap is chosen as librosa's `specshow` does when not given: diverging `coolwarm`
/// centred on zero for data of both signs, sequential `viridis` otherwise.
public struct Heatmap: ComposedChart {
    /// How the rows or columns of the matrix map to an axis.
    public enum Coordinates: Sendable, Hashable {
        /// One labelled tick per cell.
        case categories([String])
        /// Cell `i` centred on `i`, nice whole-number ticks.
        case indices
        /// The cells divide this range evenly; nice ticks.
        case continuous(ClosedRange<Double>)
    }

    /// `values[row][column]`.
    public var values: [[Double]]
    /// Title above the plot.
    public var title: String
    /// Horizontal axis label.
    public var xLabel: String?
    /// Vertical axis label.
    public var yLabel: String?
    /// How columns map to the x axis.
    public var columns: Coordinates
    /// How rows map to the y axis.
    public var rows: Coordinates
    /// Whether row 0 is at the top (a matrix) rather than the bottom (a spectrogram).
    public var rowsFromTop: Bool
    /// The colors, or `nil` to choose by the data's signs.
    public var colormap: Colormap?
    /// Values at the ends of the colormap, or `nil` for the data's range (symmetric about 0
    /// for a diverging map).
    public var valueDomain: ClosedRange<Double>?
    /// Whether each cell shows its value.
    public var annotated: Bool
    /// Label beside the colorbar.
    public var colorbarLabel: String?
    /// The size used when `render` is given none.
    public var defaultSize: Size
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates a heatmap; every argument but the values and title has a default.
    public init(
        values: [[Double]], title: String, xLabel: String? = nil, yLabel: String? = nil,
        columns: Coordinates = .indices, rows: Coordinates = .indices, rowsFromTop: Bool = true,
        colormap: Colormap? = nil, valueDomain: ClosedRange<Double>? = nil, annotated: Bool = false,
        colorbarLabel: String? = nil, size: Size = Size(width: 1100, height: 1000)
    ) {
        precondition(values.allSatisfy { $0.count == values.first?.count }, "ragged matrix")
        self.values = values
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.columns = columns
        self.rows = rows
        self.rowsFromTop = rowsFromTop
        self.colormap = colormap
        self.valueDomain = valueDomain
        self.annotated = annotated
        self.colorbarLabel = colorbarLabel
        self.defaultSize = size
    }

    /// The title.
    public var documentTitle: String? { title }

    /// The colormap in use: the given one, else coolwarm for data of both signs, else viridis.
    public var resolvedColormap: Colormap {
        if let colormap { return colormap }
        let range = DataBounds.range(of: values.joined()) ?? 0...0
        return range.lowerBound < 0 && range.upperBound > 0 ? .coolwarm : .viridis
    }

    /// The values at the colormap's ends: the given domain, else the data's range, made
    /// symmetric about zero for a diverging map. Values outside a given domain are clamped,
    /// and the colorbar shows a triangle at that end (matplotlib's `extend`).
    public var resolvedValueDomain: ClosedRange<Double> {
        if let valueDomain { return valueDomain }
        let range = DataBounds.range(of: values.joined()) ?? 0...1
        if resolvedColormap.isDiverging {
            let largest = max(abs(range.lowerBound), abs(range.upperBound), .leastNormalMagnitude)
            return -largest...largest
        }
        return range.lowerBound < range.upperBound ? range : range.lowerBound...(range.lowerBound + 1)
    }

    /// The raster, the annotations, categorical or numeric axes and the colorbar.
    public var figure: Figure {
        let rowCount = values.count
        let columnCount = values.first?.count ?? 0
        let colormap = resolvedColormap
        let domain = resolvedValueDomain
        let xAxis = Heatmap.axis(columns, count: columnCount, label: xLabel, reversed: false)
        let yAxis = Heatmap.axis(rows, count: rowCount, label: yLabel, reversed: rowsFromTop)
        let xExtent = xAxis.domain!
        let yExtent = yAxis.domain!
        let integral = values.joined().allSatisfy { $0 == $0.rounded() }
        let panel = Panel(title: title) {
            RasterMark(values: values, x: xExtent, y: yExtent, colormap: colormap, valueDomain: domain)
            if annotated {
                for (row, line) in values.enumerated() {
                    for (column, value) in line.enumerated() {
                        let t = (value - domain.lowerBound) / (domain.upperBound - domain.lowerBound)
                        TextMark(
                            NumberFormat.decimal(value, decimals: integral ? 0 : 2),
                            x: Heatmap.center(column, of: columnCount, in: xExtent),
                            y: Heatmap.center(row, of: rowCount, in: yExtent),
                            color: colormap.color(at: t).contrastingText)
                    }
                }
            }
        }
        .xAxis(xAxis)
        .yAxis(yAxis)
        .colorbar(Colorbar(
            colormap: colormap, domain: domain, label: colorbarLabel,
            extendsBelow: values.joined().contains { $0 < domain.lowerBound },
            extendsAbove: values.joined().contains { $0 > domain.upperBound }))
        return Figure(size: defaultSize, theme: theme, panel: panel)
    }

    /// An axis spanning exactly the cells, without grid or margin.
    private static func axis(_ coordinates: Coordinates, count: Int, label: String?, reversed: Bool) -> Axis {
        let cells = -0.5...(Double(max(count, 1)) - 0.5)
        switch coordinates {
        case let .categories(names):
            return Axis(label: label, domain: cells, ticks: .explicit(Tick.categories(names)), isReversed: reversed, showsGrid: false)
        case .indices:
            return Axis(label: label, domain: cells, ticks: .integers, isReversed: reversed, showsGrid: false)
        case let .continuous(range):
            return Axis(label: label, domain: range, isReversed: reversed, showsGrid: false)
        }
    }

    /// The centre of cell `index` of `count` cells dividing `extent`.
    private static func center(_ index: Int, of count: Int, in extent: ClosedRange<Double>) -> Double {
        extent.lowerBound + (Double(index) + 0.5) * (extent.upperBound - extent.lowerBound) / Double(count)
    }
}
