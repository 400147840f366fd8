/// A polyline thinned to what a pixel grid can show: per pixel column its first, lowest,
/// highest and last points, in the order they occur (the min/max reduction that
/// ``WaveEnvelope`` applies to waveforms, here for lines such as 100,000 epochs of a noisy
/// loss). The drawn shape is the same as the full polyline's to within a pixel: every
/// column spans the same vertical range and joins its neighbours at the same points.
public enum ColumnExtremes {
    /// Reduces `points` (canvas coordinates, x non-decreasing for best results) to at most
    /// four per column of width `columnWidth`.
    public static func reduce(_ points: [Point], columnWidth: Double = 1) -> [Point] {
        guard points.count > 4 else { return points }
        var result: [Point] = []
        result.reserveCapacity(min(points.count, 1024))
        var column = Int.min
        var first = 0, low = 0, high = 0, last = 0
        func flush() {
            guard column != Int.min else { return }
            for index in [first, min(low, high), max(low, high), last] where result.last != points[index] {
                result.append(points[index])
            }
        }
        for (index, point) in points.enumerated() {
            let current = Int((point.x / columnWidth).rounded(.down))
            if current != column {
                flush()
                column = current
                (first, low, high, last) = (index, index, index, index)
                continue
            }
            if point.y < points[low].y { low = index }
            if point.y > points[high].y { high = index }
            last = index
        }
        flush()
        return result
    }
}
