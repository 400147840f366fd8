/// A named starting point for a ``FeatureConfiguration``.
public enum FeatureRecipe: String, Sendable, CaseIterable {
    /// `librosa.feature.mfcc(y, sr, n_mfcc=40)` averaged over time: the original's features.
    case librosa
    /// digitviz's training default: high-passed at 100 Hz, silence trimmed at 30 dB, a 50 dB
    /// dynamic range, 20 MFCCs pooled by five segments.
    case digitviz

    /// The configuration the recipe names.
    public var configuration: FeatureConfiguration {
        switch self {
        case .librosa: .standard
        case .digitviz: .digitviz
        }
    }
}
