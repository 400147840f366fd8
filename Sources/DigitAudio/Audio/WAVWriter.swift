import FoundationEssentials

/// Writes PCM WAV files: 16- or 24-bit integer samples, one or more channels, any rate.
///
/// Samples are clipped to [-1, 1] and rounded to the nearest step, as libsndfile does when
/// it writes floats to integer PCM. Files are written atomically (see ``AtomicFile``).
public enum WAVWriter {
    /// The integer sample widths written.
    public enum Depth: Int, Sendable, CaseIterable {
        /// 16-bit PCM (CD quality, FSDD).
        case pcm16 = 16
        /// 24-bit PCM (studio recorders).
        case pcm24 = 24
    }

    /// The bytes of a WAV file of `channels` (each as long as the first) at `sampleRate`.
    public static func data(channels: [[Float]], sampleRate: Int, depth: Depth = .pcm16) -> Data {
        precondition(!channels.isEmpty && channels.allSatisfy { $0.count == channels[0].count }, "channels of equal length")
        let bytesPerSample = depth.rawValue / 8
        let frames = channels[0].count
        let dataLength = frames * channels.count * bytesPerSample
        var bytes = Data(capacity: 44 + dataLength)
        func append(_ value: UInt32, bytes count: Int) {
            for i in 0..<count { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt32(i)))) }
        }
        bytes.append(contentsOf: Array("RIFF".utf8)); append(UInt32(36 + dataLength), bytes: 4)
        bytes.append(contentsOf: Array("WAVEfmt ".utf8)); append(16, bytes: 4)
        append(1, bytes: 2); append(UInt32(channels.count), bytes: 2); append(UInt32(sampleRate), bytes: 4)
        append(UInt32(sampleRate * channels.count * bytesPerSample), bytes: 4)
        append(UInt32(channels.count * bytesPerSample), bytes: 2); append(UInt32(depth.rawValue), bytes: 2)
        bytes.append(contentsOf: Array("data".utf8)); append(UInt32(dataLength), bytes: 4)
        let scale = Double(1 << (depth.rawValue - 1))
        for frame in 0..<frames {
            for channel in channels {
                let value = (Double(min(max(channel[frame], -1), 1)) * scale).rounded()
                append(UInt32(bitPattern: Int32(min(max(value, -scale), scale - 1))), bytes: bytesPerSample)
            }
        }
        return bytes
    }

    /// Writes the WAV file of `channels` at `sampleRate` to `url`, atomically.
    ///
    /// - Throws: `FileFormatError` naming `url` when it cannot be written.
    public static func write(channels: [[Float]], sampleRate: Int, depth: Depth = .pcm16, to url: URL) throws {
        let bytes = data(channels: channels, sampleRate: sampleRate, depth: depth)
        try AtomicFile.write(to: url) { try bytes.write(to: $0) }
    }
}
