import CSndFile
import FoundationEssentials

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

    /// Samples decoded per block (all channels together), so a block of a file with
    /// libsndfile's maximum of 1,024 channels is as small as one of a mono file.
    public static let blockSamples = 65_536

    /// Frames decoded per block: ``blockSamples`` over the channels, and no more than the file has.
    private var blockFrames: Int { max(1, min(frames, Self.blockSamples / channels)) }

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

    /// Whether the recording lasts longer than `limit` or holds more than its frames.
    public func exceeds(_ limit: AudioLengthLimit) -> Bool {
        duration > limit.seconds || frames > limit.maximumFrames
    }

    /// Throws unless the recording lasts at most `limit` and holds at most its frames.
    public func check(_ limit: AudioLengthLimit) throws {
        guard duration <= limit.seconds else {
            throw FileFormatError(file: path, message: String(cFormat: "%.1f s long: ", duration)
                + limit.purpose + String(cFormat: " lasts at most %g s", limit.seconds))
        }
        guard frames <= limit.maximumFrames else {
            throw FileFormatError(file: path, message: String(cFormat: "%.1f s at %d Hz is %d samples: ", duration, sampleRate, frames)
                + limit.purpose + String(cFormat: " holds at most %d (%g s at 48 kHz)", limit.maximumFrames, limit.seconds))
        }
    }

    /// Reads every frame from the start, mixed to mono, and hands it to `body` one block at a
    /// time (at most ``blockSamples`` samples; the buffer is reused).
    ///
    /// - Throws: `FileFormatError` when fewer frames can be read than the header promises or
    ///   a sample is not finite; whatever `body` throws.
    public func forEachBlock(_ body: (UnsafeBufferPointer<Float>) throws -> Void) throws {
        let block = blockFrames
        var interleaved = [Float](repeating: 0, count: block * channels)
        var mono = [Float](repeating: 0, count: channels == 1 ? 0 : block)
        sf_seek(handle, 0, SEEK_SET)
        var done = 0
        while done < frames {
            let wanted = min(block, frames - done)
            try interleaved.withUnsafeMutableBufferPointer { input in
                try readFrames(into: input.baseAddress!, count: wanted, before: done)
                if channels == 1 { return try body(UnsafeBufferPointer(rebasing: input[0..<wanted])) }
                try mono.withUnsafeMutableBufferPointer { output in
                    AudioReader.mix(UnsafeBufferPointer(input), channels: channels, frames: wanted, into: output)
                    try body(UnsafeBufferPointer(rebasing: output[0..<wanted]))
                }
            }
            done += wanted
        }
    }

    /// The whole recording as a mono clip at its own rate. A mono file is read straight
    /// into the clip's samples; others a block at a time, mixed as they come.
    public func clip() throws -> AudioClip {
        guard channels == 1 else {
            var samples: [Float] = []
            samples.reserveCapacity(frames)
            try forEachBlock { samples.append(contentsOf: $0) }
            return AudioClip(samples: samples, sampleRate: sampleRate)
        }
        var samples = [Float](repeating: 0, count: frames)
        var done = 0
        sf_seek(handle, 0, SEEK_SET)
        try samples.withUnsafeMutableBufferPointer { output in
            while done < frames {
                let wanted = min(Self.blockSamples, frames - done)
                try readFrames(into: output.baseAddress! + done, count: wanted, before: done)
                done += wanted
            }
        }
        return AudioClip(samples: samples, sampleRate: sampleRate)
    }

    /// Reads the next `count` frames into `destination` and checks them.
    ///
    /// - Throws: `FileFormatError` when fewer can be read (the file was `before` frames in)
    ///   or one is not finite.
    private func readFrames(into destination: UnsafeMutablePointer<Float>, count: Int, before: Int) throws {
        let read = Int(sf_readf_float(handle, destination, sf_count_t(count)))
        guard read == count else {
            throw FileFormatError(file: path, message: "truncated: header promises \(frames) frames, \(before + max(read, 0)) readable")
        }
        guard Self.allFinite(UnsafeBufferPointer(start: destination, count: count * channels)) else {
            throw FileFormatError(file: path, message: "holds NaN or infinite samples")
        }
    }

    /// Whether every value is finite: a sum of `x − x` is 0 for finite values and NaN as
    /// soon as one is NaN or infinite, which vectorises.
    static func allFinite(_ values: UnsafeBufferPointer<Float>) -> Bool {
        var accumulator = SIMD8<Float>(repeating: 0)
        var index = 0
        if let base = values.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= values.count {
                let chunk = raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
                accumulator += chunk - chunk
                index += 8
            }
        }
        var rest: Float = 0
        while index < values.count {
            rest += values[index] - values[index]
            index += 1
        }
        return accumulator.sum() + rest == 0
    }

    /// Averages `frames` interleaved frames of `channels` into `output`.
    static func mix(_ input: UnsafeBufferPointer<Float>, channels: Int, frames: Int, into output: UnsafeMutableBufferPointer<Float>) {
        let scale = 1 / Float(channels)
        for frame in 0..<frames {
            var sum: Float = 0
            for channel in 0..<channels { sum += input[frame * channels + channel] }
            output[frame] = sum * scale
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
}
