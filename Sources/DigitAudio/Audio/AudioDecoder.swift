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
        if let (promised, present) = truncation(of: file) {
            throw FileFormatError(file: path, message: "truncated: header promises \(promised) bytes of audio, file holds \(present)")
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
    /// - Parameters:
    ///   - data: the bytes of an audio file in any format libsndfile reads.
    ///   - name: how errors name the source, e.g. `"<stdin>"`.
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

    /// libsndfile opens a WAV whose data chunk is cut short without an error, reporting only
    /// the frames present; its log says `data : 2000 (should be 600)`. Sizes written by
    /// streaming writers that cannot seek back (0, or near 2³¹ and above) are not truncation.
    private static func truncation(of file: OpaquePointer) -> (promised: Int, present: Int)? {
        var log = [CChar](repeating: 0, count: 4096)
        sf_command(file, Int32(SFC_GET_LOG_INFO), &log, Int32(log.count))
        let text = String(decoding: log.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("data") && line.contains("(should be ") {
            let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 2, numbers[0] > numbers[1], numbers[0] > 0, numbers[0] < 0x7FFF_0000 else { return nil }
            return (numbers[0], numbers[1])
        }
        return nil
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
