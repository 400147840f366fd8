import CSndFile
import Foundation

/// Reads audio files with libsndfile: WAV (8/16/24/32-bit integer and float), FLAC, OGG,
/// Opus, MP3 and the other formats the installed libsndfile supports.
///
/// Samples come back as floats in [-1, 1) (16-bit PCM divided by 32768, libsndfile's
/// normalisation) with the channels averaged to mono, as `librosa.load(mono=True)` does.
public enum AudioDecoder {
    /// Decodes the file at `url` into a mono clip at the file's own sample rate.
    ///
    /// - Throws: `FileFormatError` naming the file when it cannot be opened, is not audio,
    ///   holds no frames (a header-only WAV) or is shorter than its header says (truncated).
    public static func decode(_ url: URL) throws -> AudioClip {
        let path = url.path
        var info = SF_INFO()
        guard let file = sf_open(path, Int32(SFM_READ), &info) else {
            let reason = String(cString: sf_strerror(nil))
            let exists = FileManager.default.fileExists(atPath: path)
            throw FileFormatError(file: path, message: exists ? "not readable audio (\(reason))" : "no such file")
        }
        defer { sf_close(file) }
        guard info.frames > 0 else { throw FileFormatError(file: path, message: "no audio frames") }
        guard info.channels > 0, info.samplerate > 0 else {
            throw FileFormatError(file: path, message: "invalid header (\(info.channels) channels, \(info.samplerate) Hz)")
        }
        let channels = Int(info.channels)
        let frames = Int(info.frames)
        var interleaved = [Float](repeating: 0, count: frames * channels)
        let read = interleaved.withUnsafeMutableBufferPointer { sf_readf_float(file, $0.baseAddress, info.frames) }
        guard read == info.frames else {
            throw FileFormatError(file: path, message: "truncated: header promises \(frames) frames, \(read) readable")
        }
        return AudioClip(samples: mixToMono(interleaved, channels: channels), sampleRate: Int(info.samplerate))
    }

    /// Decodes audio bytes (for example a WAV read from standard input).
    ///
    /// - Parameter name: how errors name the source, e.g. `"<stdin>"`.
    public static func decode(data: Data, name: String) throws -> AudioClip {
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("digitviz-\(UUID().uuidString).audio")
        try data.write(to: temporary)
        defer { try? FileManager.default.removeItem(at: temporary) }
        do {
            return try decode(temporary)
        } catch let error as FileFormatError {
            throw FileFormatError(file: name, message: error.message)
        }
    }

    /// Averages interleaved channels into one.
    static func mixToMono(_ interleaved: [Float], channels: Int) -> [Float] {
        guard channels > 1 else { return interleaved }
        let frames = interleaved.count / channels
        let scale = 1 / Float(channels)
        return [Float](unsafeUninitializedCapacity: frames) { mono, count in
            for frame in 0..<frames {
                var sum: Float = 0
                for channel in 0..<channels { sum += interleaved[frame * channels + channel] }
                mono[frame] = sum * scale
            }
            count = frames
        }
    }
}
