/// Where a panel's parts go: the plot area and the ticks, measured from the text.
///
/// The margins hold, from the outside in: the panel's padding, the axis label, the tick
/// labels (as wide as the widest), the tick padding and the ticks; above, the title; to the
/// right, the colorbar and the overhang of the last x tick label. Ticks depend on the plot's
/// length and margins on the ticks, so the layout is settled in a few rounds.
struct PanelLayout {
    /// The rectangle inside the frame.
    let plotArea: Rect
    /// Horizontal domain.
    let xDomain: ClosedRange<Double>
    /// Vertical domain.
    let yDomain: ClosedRange<Double>
    /// Ticks on the x axis.
    let xTicks: [Tick]
    /// Ticks on the y axis.
    let yTicks: [Tick]
    /// Whether x grows leftwards.
    let xReversed: Bool
    /// Whether y grows downwards.
    let yReversed: Bool

    /// Data x to canvas x.
    var xScale: LinearScale { PanelLayout.xScale(xDomain, plotArea, reversed: xReversed) }
    /// Data y to canvas y: upwards, or downwards when the y axis is reversed.
    var yScale: LinearScale {
        yReversed ? LinearScale(domain: yDomain, start: plotArea.minY, end: plotArea.maxY)
            : LinearScale(domain: yDomain, start: plotArea.maxY, end: plotArea.minY)
    }

    private static func xScale(_ domain: ClosedRange<Double>, _ plot: Rect, reversed: Bool) -> LinearScale {
        reversed ? LinearScale(domain: domain, start: plot.maxX, end: plot.minX)
            : LinearScale(domain: domain, start: plot.minX, end: plot.maxX)
    }

    /// Lays out `panel` in `rect`.
    init(panel: Panel, in rect: Rect, canvas: any DrawingBackend, theme: Theme) {
        xDomain = panel.xAxis.resolvedDomain(marks: panel.marks, horizontal: true)
        yDomain = panel.yAxis.resolvedDomain(marks: panel.marks, horizontal: false)
        xReversed = panel.xAxis.isReversed
        yReversed = panel.yAxis.isReversed
        let tick = canvas.measure("0", font: theme.tickFont)
        let label = canvas.measure("Xg", font: theme.labelFont)
        let outer = theme.outerPadding
        let tickRoom = theme.tickLength + theme.tickPadding

        var top = outer + tick.capHeight / 2
        if let title = panel.title {
            top = outer + canvas.measure(title, font: theme.titleFont).height + theme.labelPadding
        }
        let bottom = outer + tickRoom + tick.height + (panel.xAxis.label == nil ? 0 : theme.labelPadding + label.height)
        let leftLabel = outer + (panel.yAxis.label == nil ? 0 : label.height + theme.labelPadding)

        var plot = rect.inset(top: top, left: leftLabel + 40, bottom: bottom, right: outer)
        var xTicks: [Tick] = []
        var yTicks: [Tick] = []
        for _ in 0..<3 {
            xTicks = panel.xAxis.resolvedTicks(domain: xDomain, length: plot.width, horizontal: true, canvas: canvas, theme: theme)
            yTicks = panel.yAxis.resolvedTicks(domain: yDomain, length: plot.height, horizontal: false, canvas: canvas, theme: theme)
            let yLabelWidth = yTicks.map { canvas.measure($0.label, font: theme.tickFont).width }.max() ?? 0
            var left = leftLabel + (yTicks.isEmpty ? 0 : yLabelWidth + tickRoom)
            var right = outer
            if let colorbar = panel.colorbar {
                right += colorbar.width(on: canvas, height: plot.height, theme: theme)
            }
            // Labels centred on the outermost x ticks may reach past the frame.
            let scale = PanelLayout.xScale(xDomain, plot, reversed: xReversed)
            for tick in xTicks {
                let half = canvas.measure(tick.label, font: theme.tickFont).width / 2
                left = max(left, outer + half - (scale(tick.value) - plot.minX))
                right = max(right, outer + half - (plot.maxX - scale(tick.value)))
            }
            plot = rect.inset(top: top, left: left, bottom: bottom, right: right)
        }
        plotArea = plot
        self.xTicks = xTicks
        self.yTicks = yTicks
    }
}
