import FoundationEssentials

/// Reads audio files with libsndfile: WAV (8/16/24/32-bit integer and float), FLAC, OGG,
/// Opus, MP3 and the other formats the installed libsndfile supports.
///
/// Samples come back as floats in [-1, 1) (16-bit PCM divided by 32768, libsndfile's
/// normalisation) with the channels averaged to mono, as `librosa.load(mono=True)` does.
/// Plain 16-bit PCM WAVs are read directly (see ``PCMWave``), with the same samples and
/// far fewer system calls; other files are decoded in blocks (see ``AudioReader``), so
/// memory holds the mono result only.
public enum AudioDecoder {
    /// Sample rates read, in hertz: a header outside is refused before any sample is read.
    public static let sampleRates = 1_000...384_000

    /// Decodes the file at `url` into a mono clip at the file's own sample rate.
    ///
    /// - Throws: `FileFormatError` naming the file when it cannot be opened, is not a regular
    ///   file or not audio, holds no frames (a header-only WAV), is shorter than its header
    ///   says (truncated), has a sample rate outside ``sampleRates``, lasts longer than
    ///   `limit`, or holds NaN or infinite samples.
    public static func decode(_ url: URL, limit: AudioLengthLimit = .analysis) throws -> AudioClip {
        if let clip = PCMWave.clip(atPath: url.path, limit: limit) { return clip }
        let reader = try AudioReader(url)
        try reader.check(limit)
        return try reader.clip()
    }

    /// The largest audio read from memory or standard input, in bytes.
    public static let maximumDataLength = 64 << 20

    /// Decodes audio bytes (for example a WAV read from standard input).
    ///
    /// - Parameters:
    ///   - data: the bytes of an audio file in any format libsndfile reads.
    ///   - name: how errors name the source, e.g. `"<stdin>"`.
    ///   - limit: the longest recording accepted.
    public static func decode(data: Data, name: String, limit: AudioLengthLimit = .analysis) throws -> AudioClip {
        guard data.count <= maximumDataLength else {
            throw FileFormatError(file: name, message: "more than \(maximumDataLength >> 20) MB of audio")
        }
        if let clip = data.withUnsafeBytes({ PCMWave.clip(in: $0, limit: limit) }) { return clip }
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("digitviz-\(UUID().uuidString).audio")
        try data.write(to: temporary)
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            return try decode(temporary, limit: limit)
        } catch let error as FileFormatError {
            throw FileFormatError(file: name, message: error.message)
        }
    }
}
