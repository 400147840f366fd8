/// A color scale beside a panel: what value each color of a ``Colormap`` stands for.
public struct Colorbar: Sendable, Hashable {
    /// The colors, bottom (low) to top (high).
    public var colormap: Colormap
    /// Values at the bottom and top.
    public var domain: ClosedRange<Double>
    /// Text beside the bar, or `nil`.
    public var label: String?
    /// Whether some data lie below the domain (drawn as a triangle under the bar, as
    /// matplotlib's `extend`), so clamped colors are not mistaken for the domain's end.
    public var extendsBelow: Bool
    /// Whether some data lie above the domain (a triangle over the bar).
    public var extendsAbove: Bool

    /// Creates a colorbar.
    public init(
        colormap: Colormap, domain: ClosedRange<Double>, label: String? = nil,
        extendsBelow: Bool = false, extendsAbove: Bool = false
    ) {
        self.colormap = colormap
        self.domain = domain
        self.label = label
        self.extendsBelow = extendsBelow
        self.extendsAbove = extendsAbove
    }

    /// Gap between the plot's frame and the bar.
    static let gap: Double = 28
    /// Width of the bar.
    static let barWidth: Double = 26

    /// Ticks for a bar `length` units tall.
    func ticks(length: Double, theme: Theme) -> NiceTicks {
        let intervals = Int(length / (theme.tickFont.pixelSize * 2))
        return NiceTicks(lower: domain.lowerBound, upper: domain.upperBound, maxIntervals: min(max(intervals, 1), 9))
    }

    /// Horizontal room the bar, its tick labels and its label need beside a plot `height` tall.
    func width(on canvas: any DrawingBackend, height: Double, theme: Theme) -> Double {
        let labels = ticks(length: height, theme: theme).labels
        let widest = labels.map { canvas.measure($0, font: theme.tickFont).width }.max() ?? 0
        let title = label.map { canvas.measure($0, font: theme.labelFont).height + theme.labelPadding } ?? 0
        return Colorbar.gap + Colorbar.barWidth + theme.tickLength + theme.tickPadding + widest + title
    }

    /// Draws the bar to the right of `plotArea`, as tall as it.
    func draw(on canvas: any DrawingBackend, beside plotArea: Rect, theme: Theme) {
        let tip = Colorbar.barWidth * 0.9
        let full = Rect(x: plotArea.maxX + Colorbar.gap, y: plotArea.minY, width: Colorbar.barWidth, height: plotArea.height)
        let bar = full.inset(top: extendsAbove ? tip : 0, bottom: extendsBelow ? tip : 0)
        if extendsAbove {
            let triangle = [Point(x: bar.minX, y: bar.minY), Point(x: bar.midX, y: full.minY), Point(x: bar.maxX, y: bar.minY)]
            canvas.fill(polygon: triangle, colormap.color(at: 1))
            canvas.stroke(polylines: [triangle], theme.foreground, style: StrokeStyle(width: theme.spineWidth))
        }
        if extendsBelow {
            let triangle = [Point(x: bar.minX, y: bar.maxY), Point(x: bar.midX, y: full.maxY), Point(x: bar.maxX, y: bar.maxY)]
            canvas.fill(polygon: triangle, colormap.color(at: 0))
            canvas.stroke(polylines: [triangle], theme.foreground, style: StrokeStyle(width: theme.spineWidth))
        }
        let steps = 256
        let pixels = (0..<steps).map { colormap.color(at: 1 - (Double($0) + 0.5) / Double(steps)).rgb24 }
        canvas.drawImage(pixels: pixels, width: 1, height: steps, in: bar)
        let edge = Rect(
            x: canvas.snap(bar.minX, lineWidth: theme.spineWidth), y: canvas.snap(bar.minY, lineWidth: theme.spineWidth),
            width: bar.width, height: bar.height)
        canvas.stroke(edge, theme.foreground, style: StrokeStyle(width: theme.spineWidth))
        let scale = LinearScale(domain: domain, start: bar.maxY, end: bar.minY)
        let ticks = ticks(length: bar.height, theme: theme)
        var widest = 0.0
        for (value, text) in zip(ticks.values, ticks.labels) {
            let y = canvas.snap(scale(value), lineWidth: theme.spineWidth)
            canvas.strokeLine(
                from: Point(x: bar.maxX, y: y), to: Point(x: bar.maxX + theme.tickLength, y: y),
                theme.foreground, style: StrokeStyle(width: theme.spineWidth))
            canvas.draw(
                text, at: Point(x: bar.maxX + theme.tickLength + theme.tickPadding, y: y), font: theme.tickFont,
                color: theme.foreground, anchor: TextAnchor(.leading, .center))
            widest = max(widest, canvas.measure(text, font: theme.tickFont).width)
        }
        if let label {
            let x = bar.maxX + theme.tickLength + theme.tickPadding + widest + theme.labelPadding
            canvas.draw(
                label, at: Point(x: x, y: bar.midY), font: theme.labelFont, color: theme.foreground,
                anchor: TextAnchor(.center, .top), rotation: -.pi / 2)
        }
    }
}
