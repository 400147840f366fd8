extension AudioLoader {
    /// A loader for `configuration`: its sample rate and band limit.
    public convenience init(configuration: FeatureConfiguration) {
        self.init(targetRate: configuration.sampleRate, bandLimitRate: configuration.bandLimitRate)
    }
}
