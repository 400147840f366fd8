import DigitAudio
/// A clip's waveform over time, as the original's per-digit figures ("Waveplot of Zero").
///
/// 1500 × 500 by default: x "Time" in seconds from 0 to the clip's end, y "Amplitude"
/// symmetric about zero, the wave in matplotlib blue. Short clips are drawn sample by
/// sample and long ones as an envelope (see ``WaveformMark``).
public struct Waveplot: ComposedChart {
    /// The recording.
    public var clip: AudioClip
    /// Title above the plot.
    public var title: String
    /// Wave color.
    public var color: Color = Palette.tab10(0)
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// Creates a waveplot with a title.
    public init(clip: AudioClip, title: String) {
        self.clip = clip
        self.title = title
    }

    /// Creates a waveplot titled after a spoken digit: "Waveplot of Zero" for 0.
    public init(clip: AudioClip, digit: Int) {
        self.init(clip: clip, title: "Waveplot of \(digitTitle(digit))")
    }

    /// 1500 × 500, the original's size.
    public var defaultSize: Size { Size(width: 1500, height: 500) }
    /// The title.
    public var documentTitle: String? { title }

    /// One panel with the waveform.
    public var figure: Figure {
        let end = max(clip.duration, 1 / Double(clip.sampleRate))
        let panel = Panel(title: title) {
            WaveformMark(samples: clip.samples, sampleRate: Double(clip.sampleRate), color: color)
        }
        .xAxis(Axis(label: "Time", domain: 0...end))
        .yAxis(Axis(label: "Amplitude"))
        return Figure(size: defaultSize, theme: theme, panel: panel)
    }
}
