/// The longest recording a task reads whole, and what the task is, for the error that
/// names a longer one ("3600.0 s long: one spoken digit lasts at most 10 s").
///
/// Reading a recording whole takes memory in proportion to its length; the limits keep
/// every command well under 100 MB whatever file it is given.
public struct AudioLengthLimit: Sendable, Equatable {
    /// The longest length accepted, in seconds.
    public var seconds: Double
    /// What the recording is read for, as the subject of the error's sentence.
    public var purpose: String

    /// Creates a limit.
    public init(seconds: Double, purpose: String) {
        self.seconds = seconds
        self.purpose = purpose
    }

    /// The most frames accepted: `seconds` at 48 kHz, so that a high sample rate does not
    /// multiply the memory a recording takes.
    public var maximumFrames: Int { Int(seconds * 48_000) }

    /// One spoken digit, as `predict` classifies it: at most 10 s.
    public static let spokenDigit = AudioLengthLimit(seconds: 10, purpose: "one spoken digit")
    /// A recording analysed whole (features, MFCC heatmaps): at most a minute.
    public static let analysis = AudioLengthLimit(seconds: 60, purpose: "a recording analysed whole")
    /// A recording streamed into a waveform: at most a day (about 40 s of reading).
    public static let waveform = AudioLengthLimit(seconds: 86_400, purpose: "a waveplot's recording")
}
