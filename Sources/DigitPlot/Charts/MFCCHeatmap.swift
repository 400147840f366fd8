import DigitAudio
/// A clip's MFCC matrix over time, as librosa's `specshow(mfcc, x_axis="time")`:
/// coefficient 0 at the bottom, time in seconds across, coolwarm centred on zero.
///
/// The color range is ± the largest magnitude of coefficients 1 and up: c0 (the overall
/// level, several times larger than the rest) saturates, and the colorbar's triangle says
/// so, instead of washing every other coefficient out to the map's neutral middle.
public struct MFCCHeatmap: ComposedChart {
    /// `mfcc[coefficient][frame]`.
    public var mfcc: [[Float]]
    /// Sample rate of the analysed audio, in hertz.
    public var sampleRate: Int
    /// Samples between frames.
    public var hopLength: Int
    /// Title above the plot.
    public var title: String
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates an MFCC heatmap.
    /// - Parameters:
    ///   - mfcc: coefficients × frames.
    ///   - sampleRate: the rate the features were computed at (22,050 Hz by default).
    ///   - hopLength: samples between frames (512 by default); frame `i` covers
    ///     `i·hop/sr …< (i+1)·hop/sr` seconds.
    ///   - title: the title.
    public init(mfcc: [[Float]], sampleRate: Int = 22_050, hopLength: Int = 512, title: String) {
        precondition(sampleRate > 0 && hopLength > 0, "sample rate and hop must be positive")
        self.mfcc = mfcc
        self.sampleRate = sampleRate
        self.hopLength = hopLength
        self.title = title
    }

    /// Creates an MFCC heatmap titled after a spoken digit: "MFCC of Three" for 3.
    public init(mfcc: [[Float]], sampleRate: Int = 22_050, hopLength: Int = 512, digit: Int) {
        self.init(mfcc: mfcc, sampleRate: sampleRate, hopLength: hopLength, title: Self.title(digit: digit))
    }

    /// The title of a digit's heatmap: "MFCC of Three" for 3.
    public static func title(digit: Int) -> String { "MFCC of \(digitTitle(digit))" }

    /// 1500 × 600, to sit beside the waveplots.
    public var defaultSize: Size { Size(width: 1500, height: 600) }
    /// The title.
    public var documentTitle: String? { title }

    /// The heatmap this chart is.
    public var heatmap: Heatmap {
        let frames = mfcc.first?.count ?? 0
        let end = Double(max(frames, 1) * hopLength) / Double(sampleRate)
        var heatmap = Heatmap(
            values: Self.reducedColumns(mfcc, to: Self.maximumColumns), title: title, xLabel: "Time", yLabel: "MFCC",
            columns: .continuous(0...end), rows: .indices, rowsFromTop: false, colormap: .coolwarm,
            valueDomain: colorRange, size: defaultSize)
        heatmap.theme = theme
        return heatmap
    }

    /// The most columns drawn: a longer clip's frames are averaged in equal groups first,
    /// so the image stays within Cairo's 32,767 pixels and the drawing within a second.
    public static let maximumColumns = 4_096

    /// `rows` as doubles, each row's values averaged in groups of ⌈count / limit⌉ when it
    /// has more than `limit` values (the last group may be shorter).
    static func reducedColumns(_ rows: [[Float]], to limit: Int) -> [[Double]] {
        let count = rows.first?.count ?? 0
        guard count > limit else { return rows.map { $0.map(Double.init) } }
        let group = (count + limit - 1) / limit
        return rows.map { row in
            stride(from: 0, to: count, by: group).map { start in
                let stretch = row[start..<min(start + group, count)]
                return stretch.reduce(0.0) { $0 + Double($1) } / Double(stretch.count)
            }
        }
    }

    /// ± the largest magnitude of the coefficients after c0 (of all of them if there is one).
    public var colorRange: ClosedRange<Double> {
        let rows: ArraySlice<[Float]> = mfcc.count > 1 ? mfcc.dropFirst() : mfcc[...]
        var largest = 0.0
        for value in rows.joined() where value.isFinite { largest = max(largest, abs(Double(value))) }
        return largest > 0 ? -largest...largest : -1...1
    }

    /// The heatmap's figure.
    public var figure: Figure { heatmap.figure }
}
