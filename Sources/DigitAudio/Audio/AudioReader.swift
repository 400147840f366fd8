import CSndFile
import Foundation

/// An open audio file whose header has been checked, read in blocks of mono samples so that
/// memory does not grow with the recording's length.
///
/// Opening checks what libsndfile does not: the file is a regular file (a FIFO or a device
/// would block or never end), it holds frames, its sample rate is within
/// ``AudioDecoder/sampleRates``, and its data chunk is as long as its header says.
/// Reading checks that every sample is finite (a float WAV may hold NaN or infinity).
///
/// Owns the libsndfile handle; use it from one thread.
public final class AudioReader {
    /// The file, as errors name it.
    public let path: String
    /// Frames the header promises.
    public let frames: Int
    /// Frames per second.
    public let sampleRate: Int
    /// Interleaved channels per frame.
    public let channels: Int
    private let handle: OpaquePointer

    /// Frames decoded per block.
    public static let blockFrames = 65_536

    /// Opens and checks `url`.
    ///
    /// - Throws: `FileFormatError` naming the file when it is missing, not a regular file,
    ///   not audio, holds no frames, has a sample rate outside ``AudioDecoder/sampleRates``,
    ///   or is shorter than its header says (truncated).
    public init(_ url: URL) throws {
        let path = url.path
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw FileFormatError(file: path, message: "no such file") }
        if let problem = RegularFile.problem(at: path) { throw FileFormatError(file: path, message: problem) }
        var info = SF_INFO()
        guard let handle = sf_open(path, Int32(SFM_READ), &info) else {
            throw FileFormatError(file: path, message: "not readable audio (\(String(cString: sf_strerror(nil))))")
        }
        self.handle = handle
        frames = Int(info.frames)
        sampleRate = Int(info.samplerate)
        channels = Int(info.channels)
        guard frames > 0 else { throw FileFormatError(file: path, message: "no audio frames") }
        guard channels > 0, sampleRate > 0 else {
            throw FileFormatError(file: path, message: "invalid header (\(channels) channels, \(sampleRate) Hz)")
        }
        guard AudioDecoder.sampleRates.contains(sampleRate) else {
            throw FileFormatError(file: path, message: "sample rate \(sampleRate) Hz is outside "
                + "\(AudioDecoder.sampleRates.lowerBound)–\(AudioDecoder.sampleRates.upperBound) Hz")
        }
        if let (promised, present) = Self.truncation(of: handle) {
            throw FileFormatError(file: path, message: "truncated: header promises \(promised) bytes of audio, file holds \(present)")
        }
    }

    deinit { sf_close(handle) }

    /// The length in seconds the header promises.
    public var duration: Double { Double(frames) / Double(sampleRate) }

    /// Throws unless the recording lasts at most `limit`.
    public func check(_ limit: AudioLengthLimit) throws {
        guard duration <= limit.seconds else {
            throw FileFormatError(file: path, message: String(format: "%.1f s long: %@ lasts at most %g s", duration, limit.purpose, limit.seconds))
        }
    }

    /// Reads every frame from the start, mixed to mono, and hands it to `body` one block at a
    /// time (at most ``blockFrames`` samples; the buffer is reused).
    ///
    /// - Throws: `FileFormatError` when fewer frames can be read than the header promises or
    ///   a sample is not finite; whatever `body` throws.
    public func forEachBlock(_ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
        sf_seek(handle, 0, SEEK_SET)
        var interleaved = [Float](repeating: 0, count: Self.blockFrames * channels)
        var mono = [Float](repeating: 0, count: Self.blockFrames)
        var done = 0
        while done < frames {
            let wanted = min(Self.blockFrames, frames - done)
            let read = Int(interleaved.withUnsafeMutableBufferPointer { sf_readf_float(handle, $0.baseAddress, sf_count_t(wanted)) })
            guard read == wanted else {
                throw FileFormatError(file: path, message: "truncated: header promises \(frames) frames, \(done + max(read, 0)) readable")
            }
            let finite = interleaved.withUnsafeBufferPointer { input in
                mono.withUnsafeMutableBufferPointer { output in
                    AudioReader.mix(input, channels: channels, frames: read, into: output)
                }
            }
            guard finite else { throw FileFormatError(file: path, message: "holds NaN or infinite samples") }
            try mono.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<read])) }
            done += read
        }
    }

    /// The whole recording as a mono clip at its own rate.
    public func clip() throws -> AudioClip {
        var samples: [Float] = []
        samples.reserveCapacity(frames)
        try forEachBlock { samples.append(contentsOf: $0) }
        return AudioClip(samples: samples, sampleRate: sampleRate)
    }

    /// Averages `frames` interleaved frames of `channels` into `output`; whether every
    /// input sample was finite.
    static func mix(_ input: UnsafeBufferPointer<Float>, channels: Int, frames: Int, into output: UnsafeMutableBufferPointer<Float>) -> Bool {
        var finite = true
        if channels == 1 {
            for frame in 0..<frames {
                let value = input[frame]
                finite = finite && value.isFinite
                output[frame] = value
            }
            return finite
        }
        let scale = 1 / Float(channels)
        for frame in 0..<frames {
            var sum: Float = 0
            for channel in 0..<channels {
                let value = input[frame * channels + channel]
                finite = finite && value.isFinite
                sum += value
            }
            output[frame] = sum * scale
        }
        return finite
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
}
