import Glibc

/// Slaney's mel scale (Auditory Toolbox), librosa's default (`htk=False`): linear below
/// 1 kHz at 200/3 Hz per mel, logarithmic above with a step of ln(6.4)/27 per mel.
public enum MelScale {
    private static let hertzPerMel = 200.0 / 3
    private static let breakHertz = 1000.0
    private static let breakMel = breakHertz / hertzPerMel
    private static let logStep = log(6.4) / 27

    /// Converts a frequency in hertz to mels.
    public static func mel(fromHertz hertz: Double) -> Double {
        hertz < breakHertz ? hertz / hertzPerMel : breakMel + log(hertz / breakHertz) / logStep
    }

    /// Converts mels to a frequency in hertz.
    public static func hertz(fromMel mel: Double) -> Double {
        mel < breakMel ? mel * hertzPerMel : breakHertz * exp(logStep * (mel - breakMel))
    }
}
