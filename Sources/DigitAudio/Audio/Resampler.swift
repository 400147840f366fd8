import CSoxr

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

    /// A fresh libsoxr state for these rates and channels (HQ recipe, one thread), reading
    /// and writing one buffer per channel ("split" float samples: no interleaving, and the
    /// same arithmetic as interleaved buffers).
    private func makeState() -> soxr_t {
        var io = soxr_io_spec(SOXR_FLOAT32_S, SOXR_FLOAT32_S)
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
    ///
    /// Every channel reads as many samples as the longest signal (a shorter one is followed
    /// by zeros) from a buffer of its own, and writes to one of its own; each output is then
    /// cut to what its signal alone gives and zero-padded to librosa's length.
    public func resample(batch signals: [[Float]]) -> [[Float]] {
        precondition(signals.count <= channels, "more signals than channels")
        let longest = signals.map(\.count).max() ?? 0
        let capacity = outputLength(forInputLength: longest) + 1
        // One input buffer per channel, `longest` samples each, zeros past each signal's end;
        // unused channels read zeros too.
        let input = UnsafeMutablePointer<Float>.allocate(capacity: max(longest, 1) * channels)
        defer { input.deallocate() }
        input.initialize(repeating: 0, count: max(longest, 1) * channels)
        for (channel, signal) in signals.enumerated() {
            signal.withUnsafeBufferPointer { source in
                if let base = source.baseAddress { (input + channel * longest).update(from: base, count: source.count) }
            }
        }
        let output = UnsafeMutablePointer<Float>.allocate(capacity: capacity * channels)
        defer { output.deallocate() }
        // libsoxr's split buffers: one pointer per channel.
        let inputs = UnsafeMutablePointer<UnsafeRawPointer?>.allocate(capacity: channels)
        let outputs = UnsafeMutablePointer<UnsafeMutableRawPointer?>.allocate(capacity: channels)
        defer {
            inputs.deallocate()
            outputs.deallocate()
        }
        for channel in 0..<channels {
            inputs[channel] = UnsafeRawPointer(input + channel * longest)
            outputs[channel] = UnsafeMutableRawPointer(output + channel * capacity)
        }
        let handle = makeState()
        defer { soxr_delete(handle) }
        var done = 0
        soxr_process(handle, UnsafeRawPointer(inputs), longest, nil, UnsafeMutableRawPointer(outputs), capacity, &done)
        var produced = done
        // Flush the filter's tail: a nil input marks the end of the signals.
        while produced < capacity {
            for channel in 0..<channels { outputs[channel] = UnsafeMutableRawPointer(output + channel * capacity + produced) }
            soxr_process(handle, nil, 0, nil, UnsafeMutableRawPointer(outputs), capacity - produced, &done)
            if done == 0 { break }
            produced += done
        }
        return signals.enumerated().map { channel, signal in
            let count = outputLength(forInputLength: signal.count)
            let kept = min(produced, producedLength(forInputLength: signal.count), count)
            return [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                guard let base = buffer.baseAddress else { return }
                base.initialize(from: output + channel * capacity, count: kept)
                (base + kept).initialize(repeating: 0, count: count - kept)
                initialized = count
            }
        }
    }
}
