/// The shapes charts draw most, built on the backend's primitives.
extension DrawingBackend {
    /// The whole surface.
    public var bounds: Rect { Rect(size: size) }

    /// Fills a rectangle, optionally with rounded corners.
    public func fill(_ rect: Rect, cornerRadius: Double = 0, _ color: Color) {
        fill(.rect(rect, cornerRadius: cornerRadius), color)
    }

    /// Strokes a rectangle's outline, optionally with rounded corners.
    public func stroke(_ rect: Rect, cornerRadius: Double = 0, _ color: Color, style: StrokeStyle = .hairline) {
        stroke(.rect(rect, cornerRadius: cornerRadius), color, style: style)
    }

    /// Fills a closed polygon.
    public func fill(polygon points: [Point], _ color: Color) {
        fill(.polygon(points), color)
    }

    /// Strokes connected line segments; each inner array is one unconnected run.
    public func stroke(polylines: [[Point]], _ color: Color, style: StrokeStyle) {
        stroke(.polylines(polylines), color, style: style)
    }

    /// Strokes one straight segment.
    public func strokeLine(from start: Point, to end: Point, _ color: Color, style: StrokeStyle = .hairline) {
        stroke(polylines: [[start, end]], color, style: style)
    }

    /// Fills a circle.
    public func fillCircle(center: Point, radius: Double, _ color: Color) {
        fill(.circle(center: center, radius: radius), color)
    }

    /// Strokes a circle's outline.
    public func strokeCircle(center: Point, radius: Double, _ color: Color, style: StrokeStyle = .hairline) {
        stroke(.circle(center: center, radius: radius), color, style: style)
    }

    /// Draws one line of text, by default starting at `position` on its baseline.
    public func draw(
        _ text: String, at position: Point, font: Font, color: Color,
        anchor: TextAnchor = TextAnchor(.leading, .baseline), rotation: Double = 0
    ) {
        drawText(text, at: position, font: font, color: color, anchor: anchor, rotation: rotation)
    }

    /// `value` moved to the nearest position where a line of `lineWidth` covers whole device
    /// pixels, so axis lines stay crisp on rasters; vector output is left untouched.
    public func snap(_ value: Double, lineWidth: Double) -> Double {
        guard let density = rasterDensity else { return value }
        let deviceWidth = max(1, (lineWidth * density).rounded())
        let offset = deviceWidth.truncatingRemainder(dividingBy: 2) == 1 ? 0.5 : 0
        return ((value * density - offset).rounded() + offset) / density
    }

    /// The vector form of `drawImage`: one rectangle per run of equal pixels in a row, each
    /// overlapping its right and lower neighbours by a hair so that anti-aliasing viewers
    /// show no seams. Vector viewers may smooth a stretched image into a blur; blocks stay sharp.
    public func drawImageAsBlocks(pixels: [UInt32], width: Int, height: Int, in rect: Rect) {
        let cellWidth = rect.width / Double(width)
        let cellHeight = rect.height / Double(height)
        let overlap = 0.3
        for row in 0..<height {
            var start = 0
            while start < width {
                let pixel = pixels[row * width + start]
                var end = start + 1
                while end < width && pixels[row * width + end] == pixel { end += 1 }
                let block = Rect(
                    x: rect.x + Double(start) * cellWidth, y: rect.y + Double(row) * cellHeight,
                    width: Double(end - start) * cellWidth + (end < width ? overlap : 0),
                    height: cellHeight + (row < height - 1 ? overlap : 0))
                fill(block, Color(hex: pixel))
                start = end
            }
        }
    }
}
