/// The front end a configuration applies to a clip between resampling and analysis:
/// the high-pass filter, then silence trimming. librosa's configuration has neither, so
/// its clips pass unchanged.
extension FeatureConfiguration {
    /// The samples the analysis sees of `samples` at `sampleRate`: high-passed at
    /// ``highPass`` and trimmed at ``trimTopDB`` when set, over the analysis's own frames.
    public func frontEnd(_ samples: [Float], sampleRate: Int) -> [Float] {
        var signal = samples
        if let highPass, highPass < Double(sampleRate) / 2 {
            signal = HighPassFilter(cutoff: highPass, sampleRate: sampleRate).apply(to: signal)
        }
        if let trimTopDB {
            signal = SilenceTrimmer(topDB: trimTopDB, frameLength: fftSize, hopLength: hopLength).trim(signal)
        }
        return signal
    }
}
