/// A mono recording: samples in [-1, 1) at a sample rate in hertz.
public struct AudioClip: Sendable, Equatable {
    /// The samples, one per frame, averaged over the source's channels.
    public var samples: [Float]
    /// Frames per second.
    public var sampleRate: Int

    /// Creates a clip from mono samples.
    public init(samples: [Float], sampleRate: Int) {
        precondition(sampleRate > 0, "sample rate must be positive")
        self.samples = samples
        self.sampleRate = sampleRate
    }

    /// The clip's length in seconds.
    public var duration: Double { Double(samples.count) / Double(sampleRate) }
}
