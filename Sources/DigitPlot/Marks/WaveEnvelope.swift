/// The peak magnitude of a signal per pixel column: what a waveform shows when its samples
/// outnumber the pixels (librosa's `waveshow` envelope, per column instead of per window).
///
/// Column `j` of `n` samples over `columns` columns covers samples `j·n/columns ..<
/// (j+1)·n/columns` (integer division), so every sample belongs to exactly one column. The
/// peaks are found in a single pass over the samples, eight at a time.
public struct WaveEnvelope: Sendable, Hashable {
    /// `max |x|` over each column's samples; 0 for a column without samples.
    public let peaks: [Float]

    /// Computes the envelope of `samples` over `columns` columns (at least 1).
    public init(samples: [Float], columns: Int) {
        precondition(columns > 0, "an envelope needs at least one column")
        let count = samples.count
        var peaks = [Float](repeating: 0, count: columns)
        samples.withUnsafeBufferPointer { buffer in
            for column in 0..<columns {
                peaks[column] = WaveEnvelope.peak(buffer, from: column * count / columns, to: (column + 1) * count / columns)
            }
        }
        self.peaks = peaks
    }

    /// The largest magnitude of all samples (0 for none).
    public static func peak(of samples: [Float]) -> Float {
        samples.withUnsafeBufferPointer { peak($0, from: 0, to: $0.count) }
    }

    /// `max |x|` over `buffer[start..<end]`, vectorised.
    static func peak(_ buffer: UnsafeBufferPointer<Float>, from start: Int, to end: Int) -> Float {
        guard start < end, let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var high = SIMD8<Float>(repeating: 0)
        var low = SIMD8<Float>(repeating: 0)
        var index = start
        while index + 8 <= end {
            let chunk = raw.loadUnaligned(fromByteOffset: index * MemoryLayout<Float>.stride, as: SIMD8<Float>.self)
            high.replace(with: chunk, where: chunk .> high)
            low.replace(with: chunk, where: chunk .< low)
            index += 8
        }
        var result = max(high.max(), -low.min())
        while index < end {
            result = max(result, abs(buffer[index]))
            index += 1
        }
        return result
    }
}
