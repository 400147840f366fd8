/// Drawing a panel: grid, marks, frame, ticks, labels, title, legend, colorbar.
extension Panel {
    /// Draws the panel inside `rect` of the canvas.
    public func draw(on canvas: any DrawingBackend, in rect: Rect, theme: Theme) {
        let layout = PanelLayout(panel: self, in: rect, canvas: canvas, theme: theme)
        let plot = layout.plotArea
        let context = PlotContext(canvas: canvas, plotArea: plot, x: layout.xScale, y: layout.yScale, theme: theme)
        let spine = StrokeStyle(width: theme.spineWidth)
        let grid = StrokeStyle(width: theme.gridWidth)

        if xAxis.showsGrid {
            for tick in layout.xTicks {
                let x = canvas.snap(context.x(tick.value), lineWidth: grid.width)
                canvas.strokeLine(from: Point(x: x, y: plot.minY), to: Point(x: x, y: plot.maxY), theme.gridColor, style: grid)
            }
        }
        if yAxis.showsGrid {
            for tick in layout.yTicks {
                let y = canvas.snap(context.y(tick.value), lineWidth: grid.width)
                canvas.strokeLine(from: Point(x: plot.minX, y: y), to: Point(x: plot.maxX, y: y), theme.gridColor, style: grid)
            }
        }
        canvas.clipped(to: plot) {
            for mark in marks { mark.draw(in: context) }
        }

        let frame = Rect(
            x: canvas.snap(plot.minX, lineWidth: spine.width), y: canvas.snap(plot.minY, lineWidth: spine.width),
            width: canvas.snap(plot.maxX, lineWidth: spine.width) - canvas.snap(plot.minX, lineWidth: spine.width),
            height: canvas.snap(plot.maxY, lineWidth: spine.width) - canvas.snap(plot.minY, lineWidth: spine.width))
        canvas.stroke(frame, theme.foreground, style: spine)

        let tickRoom = theme.tickLength + theme.tickPadding
        for tick in layout.xTicks {
            let x = canvas.snap(context.x(tick.value), lineWidth: spine.width)
            canvas.strokeLine(
                from: Point(x: x, y: frame.maxY), to: Point(x: x, y: frame.maxY + theme.tickLength), theme.foreground, style: spine)
            canvas.draw(
                tick.label, at: Point(x: x, y: plot.maxY + tickRoom), font: theme.tickFont, color: theme.foreground,
                anchor: TextAnchor(.center, .top))
        }
        var yLabelsWidth = 0.0
        for tick in layout.yTicks {
            let y = canvas.snap(context.y(tick.value), lineWidth: spine.width)
            canvas.strokeLine(
                from: Point(x: frame.minX - theme.tickLength, y: y), to: Point(x: frame.minX, y: y), theme.foreground, style: spine)
            canvas.draw(
                tick.label, at: Point(x: plot.minX - tickRoom, y: y), font: theme.tickFont, color: theme.foreground,
                anchor: TextAnchor(.trailing, .center))
            yLabelsWidth = max(yLabelsWidth, canvas.measure(tick.label, font: theme.tickFont).width)
        }

        if let label = xAxis.label {
            let tickHeight = layout.xTicks.isEmpty ? 0 : canvas.measure("0", font: theme.tickFont).height + tickRoom
            canvas.draw(
                label, at: Point(x: plot.midX, y: plot.maxY + tickHeight + theme.labelPadding),
                font: theme.labelFont, color: theme.foreground, anchor: TextAnchor(.center, .top))
        }
        if let label = yAxis.label {
            let x = plot.minX - (layout.yTicks.isEmpty ? 0 : yLabelsWidth + tickRoom) - theme.labelPadding
            let metrics = canvas.measure(label, font: theme.labelFont)
            canvas.draw(
                label, at: Point(x: x - metrics.height, y: plot.midY), font: theme.labelFont, color: theme.foreground,
                anchor: TextAnchor(.center, .top), rotation: -.pi / 2)
        }
        if let title {
            let width = canvas.measure(title, font: theme.titleFont).width
            // Centred over the plot, as matplotlib, unless that would push it off the panel.
            let center = min(max(plot.midX, rect.minX + width / 2), rect.maxX - width / 2)
            canvas.draw(
                title, at: Point(x: center, y: plot.minY - theme.labelPadding), font: theme.titleFont,
                color: theme.foreground, anchor: TextAnchor(.center, .bottom))
        }
        Legend(entries: legendEntries, font: theme.legendFont)
            .draw(on: canvas, in: plot, placement: legendPlacement, theme: theme)
        colorbar?.draw(on: canvas, beside: plot, theme: theme)
    }
}
