import Glibc

/// Reads the common case of audio file, a plain 16-bit PCM WAV, without libsndfile: one
/// `open`, one `fstat` and one `read` of the whole file, where libsndfile's open, header
/// checks and reads took about 30 system calls (12 seeks, 13 reads, 6 stats) for a
/// one-second FSDD recording.
///
/// The samples are libsndfile's, bit for bit: each 16-bit value divided by 32768 (exact in
/// `Float`), and several channels averaged with ``AudioReader``'s mix. Anything else, or
/// anything unusual, is declined (`nil`) and left to libsndfile, whose errors name the
/// problem: other formats, more channels than libsndfile's 1,024, WAVE_FORMAT_EXTENSIBLE, other sample sizes, a `data` chunk before
/// `fmt `, chunks of odd length, a `data` chunk longer than the file (truncated) or of a
/// length that is not whole frames, no frames, a sample rate outside
/// ``AudioDecoder/sampleRates``, a recording longer than the limit, files that are not
/// regular files or are larger than ``maximumFileLength``.
public enum PCMWave {
    /// The largest file read this way, in bytes; larger ones go to libsndfile, which streams them.
    public static let maximumFileLength = 8 << 20

    /// The mono clip in the file at `path`, or `nil` when the file is not a plain 16-bit PCM
    /// WAV within `limit` (see ``PCMWave``), or cannot be opened or read.
    public static func clip(atPath path: String, limit: AudioLengthLimit) -> AudioClip? {
        let file = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        var status = stat()
        guard fstat(file, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              status.st_size >= 44, status.st_size <= maximumFileLength else { return nil }
        let length = Int(status.st_size)
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: length, alignment: 8)
        defer { bytes.deallocate() }
        var done = 0
        while done < length {
            let count = read(file, bytes.baseAddress! + done, length - done)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            done += count
        }
        return clip(in: UnsafeRawBufferPointer(bytes), limit: limit)
    }

    /// The mono clip in the bytes of a file, or `nil` when they are not a plain 16-bit PCM
    /// WAV within `limit` (see ``PCMWave``).
    public static func clip(in bytes: UnsafeRawBufferPointer, limit: AudioLengthLimit) -> AudioClip? {
        guard let format = Format(bytes), format.frames <= limit.maximumFrames,
              Double(format.frames) / Double(format.sampleRate) <= limit.seconds else { return nil }
        let count = format.frames * format.channels
        let data = bytes.baseAddress! + format.dataOffset
        let scale = 1 / Float(32_768)
        let interleaved = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count {
                buffer[i] = Float(Int16(littleEndian: data.loadUnaligned(fromByteOffset: 2 * i, as: Int16.self))) * scale
            }
            initialized = count
        }
        guard format.channels > 1 else { return AudioClip(samples: interleaved, sampleRate: format.sampleRate) }
        let mono = [Float](unsafeUninitializedCapacity: format.frames) { output, initialized in
            interleaved.withUnsafeBufferPointer { input in
                AudioReader.mix(input, channels: format.channels, frames: format.frames, into: output)
            }
            initialized = format.frames
        }
        return AudioClip(samples: mono, sampleRate: format.sampleRate)
    }

    /// The header of a plain 16-bit PCM WAV: its `fmt ` chunk and where its samples are.
    private struct Format {
        var channels: Int
        var sampleRate: Int
        var frames: Int
        var dataOffset: Int

        /// Reads the RIFF chunks up to `data`; `nil` for anything but a plain 16-bit PCM WAV
        /// whose samples are all in `bytes`.
        init?(_ bytes: UnsafeRawBufferPointer) {
            func word(_ offset: Int) -> UInt32 { UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)) }
            func half(_ offset: Int) -> Int { Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self))) }
            let riff: UInt32 = 0x4646_4952, wave: UInt32 = 0x4556_4157, fmt: UInt32 = 0x2074_6d66, data: UInt32 = 0x6174_6164
            guard bytes.count >= 12, word(0) == riff, word(8) == wave else { return nil }
            var offset = 12
            var format: (channels: Int, rate: Int)?
            while offset + 8 <= bytes.count {
                let id = word(offset), size = Int(word(offset + 4))
                let body = offset + 8
                guard size % 2 == 0, size <= bytes.count - body else { return nil }
                if id == fmt {
                    // Tag 1 (integer PCM), 16 bits, block = 2 bytes × channels.
                    guard size >= 16, half(body) == 1, half(body + 14) == 16 else { return nil }
                    let channels = half(body + 2), rate = Int(word(body + 4))
                    guard (1...1024).contains(channels), half(body + 12) == 2 * channels, AudioDecoder.sampleRates.contains(rate) else { return nil }
                    format = (channels, rate)
                } else if id == data {
                    guard let format, size > 0, size % (2 * format.channels) == 0 else { return nil }
                    self.channels = format.channels
                    sampleRate = format.rate
                    frames = size / (2 * format.channels)
                    dataOffset = body
                    return
                }
                offset = body + size
            }
            return nil
        }
    }
}
