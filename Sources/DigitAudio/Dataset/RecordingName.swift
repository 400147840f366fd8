/// The parts of an FSDD-style file name, `{digit}_{speaker}_{index}.{ext}` (e.g. `7_jackson_32.wav`).
public struct RecordingName: Sendable, Equatable {
    /// The digit, 0–9.
    public var digit: Int
    /// The speaker: the middle field.
    public var speaker: String
    /// The take number.
    public var index: Int

    /// Creates a name from its parts.
    public init(digit: Int, speaker: String, index: Int) {
        self.digit = digit
        self.speaker = speaker
        self.index = index
    }

    /// Parses a file name (with or without extension); `nil` when it is not FSDD-style.
    public init?(fileName: String) {
        let stem = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let base = stem.contains(".") ? String(stem[..<stem.lastIndex(of: ".")!]) : stem
        let parts = base.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 1, let digit = Int(parts[0]), (0...9).contains(digit),
              !parts[1].isEmpty, let index = Int(parts[2]), index >= 0
        else { return nil }
        self.digit = digit
        self.speaker = String(parts[1])
        self.index = index
    }
}
