import ArgumentParser
import DigitAudio

/// How audio becomes features: shared by every subcommand that reads recordings.
struct FeatureOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Resample to this rate in Hz before analysis, or 'native' to keep each file's rate.",
        valueName: "hz|native"))
    var sampleRate: String = "22050"

    @Option(name: .long, help: ArgumentHelp("Pool frames by 'mean' (40 features) or 'mean+std' (80).", valueName: "mean|mean+std"))
    var pooling: String = "mean"

    @Option(name: .long, help: "Number of MFCC coefficients kept.")
    var coefficients: Int = 40

    func validate() throws {
        _ = try configuration()
    }

    /// The feature configuration these options describe.
    func configuration() throws -> FeatureConfiguration {
        let rate: Int?
        if sampleRate == "native" {
            rate = nil
        } else if let hz = Int(sampleRate), (1000...384_000).contains(hz) {
            rate = hz
        } else {
            throw ValidationError("--sample-rate must be a rate in Hz (1000-384000) or 'native', not '\(sampleRate)'")
        }
        guard let pool = FeatureConfiguration.Pooling(rawValue: pooling) else {
            throw ValidationError("--pooling must be 'mean' or 'mean+std', not '\(pooling)'")
        }
        guard (1...128).contains(coefficients) else {
            throw ValidationError("--coefficients must be between 1 and 128")
        }
        return FeatureConfiguration(sampleRate: rate, coefficients: coefficients, pooling: pool)
    }
}
