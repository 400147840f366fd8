extension AudioReader {
    /// A stand-in for a long recording in a waveform: the peak magnitude of each of about
    /// `bins` equal stretches, signs alternating (+p₀, −p₁, +p₂, …), as a clip whose whole
    /// number rate keeps the recording's duration (within one bin).
    ///
    /// A waveform drawn as a ± envelope per pixel column (librosa's `waveshow` for long
    /// signals) looks the same from these peaks as from every sample, while memory holds one
    /// block and the peaks, not the recording: an hour at 44.1 kHz takes under 1 MB.
    ///
    /// - Throws: `FileFormatError` as ``forEachBlock(_:)``.
    public func peakClip(bins: Int = 8_192) throws -> AudioClip {
        precondition(bins > 0, "need at least one bin")
        // Bins per second, at most the file's own rate (then every sample is its own bin).
        let rate = min(sampleRate, max(1, Int((Double(bins) / duration).rounded(.down))))
        let count = (frames * rate + sampleRate - 1) / sampleRate
        var peaks = [Float](repeating: 0, count: count)
        var frame = 0
        try forEachBlock { block in
            for value in block {
                let bin = frame * rate / sampleRate
                peaks[bin] = max(peaks[bin], abs(value))
                frame += 1
            }
        }
        for index in stride(from: 1, to: count, by: 2) { peaks[index] = -peaks[index] }
        return AudioClip(samples: peaks, sampleRate: rate)
    }
}
