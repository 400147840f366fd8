import CSoxr
import Foundation

/// A libsoxr resampler between two fixed rates, with the "HQ" recipe that `librosa.load`
/// uses by default (`res_type="soxr_hq"`).
///
/// libsoxr designs its filter for every new state, which costs more than resampling a
/// short recording. So a resampler has `channels` channels, and `resample(batch:)` takes
/// that many signals at once, one per channel, sharing one design: each channel's output
/// is bit for bit what a resampler of its own would give.
///
/// Each call makes a fresh libsoxr state and deletes it before returning. Reusing one
/// state with `soxr_clear` costs the same filter design, and with eight channels it
/// crashed now and then inside `soxr_output` (a read of freed memory, about once in 30
/// runs over FSDD).
public final class Resampler {
    /// The input rate in hertz.
    public let inputRate: Int
    /// The output rate in hertz.
    public let outputRate: Int
    /// How many signals one call can take.
    public let channels: Int

    /// Creates a resampler from `inputRate` to `outputRate` for up to `channels` signals a call.
    public init(from inputRate: Int, to outputRate: Int, channels: Int = 1) {
        precondition(inputRate > 0 && outputRate > 0 && channels > 0, "rates and channels must be positive")
        self.inputRate = inputRate
        self.outputRate = outputRate
        self.channels = channels
    }

    /// A fresh libsoxr state for these rates and channels (HQ recipe, one thread).
    private func makeState() -> soxr_t {
        var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
        var quality = soxr_quality_spec(UInt(SOXR_HQ), 0)
        var runtime = soxr_runtime_spec(1)
        var error: soxr_error_t?
        let state = soxr_create(Double(inputRate), Double(outputRate), UInt32(channels), &error, &io, &quality, &runtime)
        guard let state, error == nil else { fatalError("soxr_create failed: \(error.map { String(cString: $0) } ?? "no state")") }
        return state
    }

    /// The output length librosa keeps: ceil(count × outputRate / inputRate).
    public func outputLength(forInputLength count: Int) -> Int {
        (count * outputRate + inputRate - 1) / inputRate
    }

    /// The samples libsoxr itself produces for `count` input samples: round(count × ratio),
    /// halves up. librosa zero-pads the difference to `outputLength(forInputLength:)`.
    func producedLength(forInputLength count: Int) -> Int {
        (2 * count * outputRate + inputRate) / (2 * inputRate)
    }

    /// Resamples one whole signal, cut or zero-padded to `outputLength(forInputLength:)`.
    public func resample(_ samples: [Float]) -> [Float] {
        resample(batch: [samples])[0]
    }

    /// Resamples up to `channels` whole signals with one filter design; each comes back as
    /// `resample(_:)` would return it alone.
    public func resample(batch signals: [[Float]]) -> [[Float]] {
        precondition(signals.count <= channels, "more signals than channels")
        let longest = signals.map(\.count).max() ?? 0
        var interleaved = [Float](repeating: 0, count: longest * channels)
        for (channel, signal) in signals.enumerated() {
            for (i, sample) in signal.enumerated() { interleaved[i * channels + channel] = sample }
        }
        let capacity = outputLength(forInputLength: longest) + 1
        var output = [Float](repeating: 0, count: capacity * channels)
        var produced = 0
        let handle = makeState()
        defer { soxr_delete(handle) }
        output.withUnsafeMutableBufferPointer { out in
            interleaved.withUnsafeBufferPointer { input in
                var done = 0
                soxr_process(handle, input.baseAddress, longest, nil, out.baseAddress, capacity, &done)
                produced = done
                // Flush the filter's tail: a nil input marks the end of the signals.
                while produced < capacity {
                    soxr_process(handle, nil, 0, nil, out.baseAddress! + produced * channels, capacity - produced, &done)
                    if done == 0 { break }
                    produced += done
                }
            }
        }
        return signals.enumerated().map { channel, signal in
            var result = [Float](repeating: 0, count: outputLength(forInputLength: signal.count))
            let kept = min(produced, producedLength(forInputLength: signal.count), result.count)
            for i in 0..<kept { result[i] = output[i * channels + channel] }
            return result
        }
    }
}
