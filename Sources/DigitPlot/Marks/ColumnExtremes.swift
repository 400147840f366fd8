/// A line thinned to what a pixel grid can show: the lowest and highest canvas y of its
/// points in each pixel column (the min/max reduction that ``WaveEnvelope`` applies to
/// waveforms, here for lines such as 100,000 epochs of a noisy loss).
///
/// A polyline through many points per column paints, in each column, the span between its
/// lowest and highest point: drawing that span per column (a band, see ``LineMark``) gives
/// the same picture to within a pixel, in time bounded by the number of columns rather than
/// points. Non-finite values break the line into runs, so gaps stay gaps.
public enum ColumnExtremes {
    /// The canvas span of one column: its centre x and lowest and highest y.
    public struct Span: Sendable, Hashable {
        /// Canvas x of the column's centre.
        public var x: Double
        /// Smallest canvas y in the column.
        public var low: Double
        /// Largest canvas y in the column.
        public var high: Double
    }

    /// The spans per column of the runs of finite points `(x[i], y[i])`, mapped to the canvas
    /// by `map`, in one pass without storing the mapped points.
    public static func runs(
        x: [Double], y: [Double], columnWidth: Double = 1, map: (Double, Double) -> Point
    ) -> [[Span]] {
        precondition(x.count == y.count, "x and y differ in length")
        var runs: [[Span]] = []
        var current: [Span] = []
        var column = Int.min
        x.withUnsafeBufferPointer { xs in
            y.withUnsafeBufferPointer { ys in
                for index in 0..<xs.count {
                    guard xs[index].isFinite && ys[index].isFinite else {
                        if !current.isEmpty { runs.append(current) }
                        current = []
                        column = Int.min
                        continue
                    }
                    let point = map(xs[index], ys[index])
                    let pointColumn = Int((point.x / columnWidth).rounded(.down))
                    if pointColumn != column {
                        column = pointColumn
                        current.append(Span(x: (Double(pointColumn) + 0.5) * columnWidth, low: point.y, high: point.y))
                    } else {
                        current[current.count - 1].low = min(current[current.count - 1].low, point.y)
                        current[current.count - 1].high = max(current[current.count - 1].high, point.y)
                    }
                }
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }
}
