import CSoxr
import Foundation

/// A libsoxr resampler between two fixed rates, with the "HQ" recipe that `librosa.load`
/// uses by default (`res_type="soxr_hq"`).
///
/// The filter is designed once, at creation; `resample(_:)` then clears the state between
/// signals, so one resampler serves many files. Not thread-safe: keep one per thread.
public final class Resampler {
    /// The input rate in hertz.
    public let inputRate: Int
    /// The output rate in hertz.
    public let outputRate: Int
    private let handle: soxr_t

    /// Designs a resampler from `inputRate` to `outputRate`.
    public init(from inputRate: Int, to outputRate: Int) {
        precondition(inputRate > 0 && outputRate > 0, "rates must be positive")
        self.inputRate = inputRate
        self.outputRate = outputRate
        var io = soxr_io_spec(SOXR_FLOAT32_I, SOXR_FLOAT32_I)
        var quality = soxr_quality_spec(UInt(SOXR_HQ), 0)
        var runtime = soxr_runtime_spec(1)
        var error: soxr_error_t?
        handle = soxr_create(Double(inputRate), Double(outputRate), 1, &error, &io, &quality, &runtime)!
        precondition(error == nil, "soxr_create failed: \(String(cString: error!))")
    }

    deinit { soxr_delete(handle) }

    /// The output length librosa keeps: ceil(count × outputRate / inputRate).
    public func outputLength(forInputLength count: Int) -> Int {
        (count * outputRate + inputRate - 1) / inputRate
    }

    /// Resamples one whole signal, then cuts or zero-pads it to `outputLength(forInputLength:)`.
    public func resample(_ samples: [Float]) -> [Float] {
        soxr_clear(handle)
        let length = outputLength(forInputLength: samples.count)
        var output = [Float](repeating: 0, count: length)
        var produced = 0
        output.withUnsafeMutableBufferPointer { out in
            samples.withUnsafeBufferPointer { input in
                var done = 0
                soxr_process(handle, input.baseAddress, samples.count, nil, out.baseAddress, length, &done)
                produced = done
                // Flush the filter's tail: a nil input marks the end of the signal.
                while produced < length {
                    soxr_process(handle, nil, 0, nil, out.baseAddress! + produced, length - produced, &done)
                    if done == 0 { break }
                    produced += done
                }
            }
        }
        return output
    }
}
