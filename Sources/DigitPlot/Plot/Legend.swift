/// A legend box: one row per named series, laid out with matplotlib's spacings (in ems:
/// handle 2, handle-to-text 0.8, row gap 0.5, border padding 0.4, inset from the frame 0.5).
struct Legend {
    /// The rows.
    let entries: [LegendEntry]
    /// Text and symbol sizes.
    let font: Font

    /// Draws the legend in the `placement` corner of `plotArea`.
    func draw(on canvas: any DrawingBackend, in plotArea: Rect, placement: LegendPlacement, theme: Theme) {
        guard !entries.isEmpty, placement != .hidden else { return }
        let em = font.pixelSize
        let metrics = entries.map { canvas.measure($0.label, font: font) }
        let rowHeight = metrics[0].height
        let padding = 0.6 * em
        let handle = 2 * em
        let width = 2 * padding + handle + 0.8 * em + (metrics.map(\.width).max() ?? 0)
        let height = 2 * padding + Double(entries.count) * rowHeight + Double(entries.count - 1) * 0.5 * em
        let inset = 0.5 * em + theme.spineWidth
        let left = placement == .upperLeft || placement == .lowerLeft
        let top = placement == .upperLeft || placement == .upperRight
        let box = Rect(
            x: left ? plotArea.minX + inset : plotArea.maxX - inset - width,
            y: top ? plotArea.minY + inset : plotArea.maxY - inset - height,
            width: width, height: height)
        canvas.fill(box, cornerRadius: 0.3 * em, theme.background.opacity(0.85))
        canvas.stroke(box, cornerRadius: 0.3 * em, Color(hex: 0xCCCCCC), style: .hairline)
        for (row, entry) in entries.enumerated() {
            let rowTop = box.minY + padding + Double(row) * (rowHeight + 0.5 * em)
            let middle = rowTop + metrics[row].capHeight / 2
            let handleRect = Rect(x: box.minX + padding, y: middle - 0.35 * em, width: handle, height: 0.7 * em)
            switch entry.symbol {
            case let .line(style):
                canvas.strokeLine(
                    from: Point(x: handleRect.minX, y: middle), to: Point(x: handleRect.maxX, y: middle),
                    entry.color, style: style)
            case .box:
                canvas.fill(handleRect, entry.color)
            case .dot:
                canvas.fillCircle(center: Point(x: handleRect.midX, y: middle), radius: 0.35 * em, entry.color)
            }
            canvas.draw(
                entry.label, at: Point(x: handleRect.maxX + 0.8 * em, y: rowTop), font: font,
                color: theme.foreground, anchor: TextAnchor(.leading, .top))
        }
    }
}
