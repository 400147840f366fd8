/// A sampled signal over time, drawn to suit the resolution.
///
/// When there are at most two samples per device pixel column of the plot area, the
/// samples are drawn as a polyline; otherwise as a filled ± ``WaveEnvelope`` (the peak
/// magnitude per column), as librosa's `waveshow` does for long signals. Either way the
/// path has at most about two points per column, so an hour of audio draws as fast as a
/// second once its envelope is computed.
public struct WaveformMark: Mark {
    /// How the waveform is drawn at a given resolution.
    public enum Rendering: Sendable, Hashable {
        /// Every sample, joined by a line.
        case samples
        /// A filled band ± the peak magnitude per column.
        case envelope(columns: Int)
    }

    /// The signal.
    public var samples: [Float]
    /// Samples per second; x is time in seconds.
    public var sampleRate: Double
    /// Line and fill color.
    public var color: Color
    /// The largest magnitude, computed once.
    public let peak: Float

    /// Creates a waveform mark.
    public init(samples: [Float], sampleRate: Double, color: Color = Palette.tab10(0)) {
        precondition(sampleRate > 0, "sample rate must be positive")
        self.samples = samples
        self.sampleRate = sampleRate
        self.color = color
        self.peak = WaveEnvelope.peak(of: samples)
    }

    /// Duration in seconds.
    public var duration: Double { Double(samples.count) / sampleRate }

    /// Time 0 to the end; amplitude symmetric about 0.
    public var bounds: DataBounds {
        DataBounds(x: 0...duration, y: -Double(peak)...Double(peak))
    }

    /// The rendering used when the plot is `columns` device pixels wide.
    public func rendering(columns: Int) -> Rendering {
        samples.count <= 2 * max(columns, 1) ? .samples : .envelope(columns: max(columns, 1))
    }

    /// Draws the polyline or the envelope, whichever `rendering(columns:)` picks.
    public func draw(in context: PlotContext) {
        let columns = Int((context.plotArea.width * (context.canvas.rasterDensity ?? 1)).rounded())
        switch rendering(columns: columns) {
        case .samples:
            let points = samples.enumerated().map { context.point(Double($0.offset) / sampleRate, Double($0.element)) }
            context.canvas.stroke(polylines: [points], color, style: .line)
        case let .envelope(columns):
            let peaks = WaveEnvelope(samples: samples, columns: columns).peaks
            let step = duration / Double(columns)
            // At least half a logical pixel each side, so near-silence still shows as a line.
            let minimum = 0.5 / abs(context.y.unitLength)
            let top = peaks.enumerated().map { context.point((Double($0.offset) + 0.5) * step, max(Double($0.element), minimum)) }
            let bottom = top.reversed().map { Point(x: $0.x, y: 2 * context.y(0) - $0.y) }
            context.canvas.fill(polygon: top + bottom, color)
        }
    }
}
