import ArgumentParser
import DigitAudio

/// How audio becomes features: shared by every subcommand that reads recordings. Options
/// left out take the recipe's values: by default librosa's for `features` and `mfcc`,
/// digitviz's for `train`.
struct FeatureOptions: ParsableArguments {
    @Option(name: .long, help:
        "librosa (40 MFCCs averaged over time, as the original) or digitviz (the training default: 20 MFCCs by segments, no bands below 100 Hz); the options below adjust it.")
    var recipe: FeatureRecipe?

    @Option(name: .long, help: ArgumentHelp(
        "Resample to this rate in Hz (1000-384000) before analysis, or 'native' to keep each file's rate (default 22050).",
        valueName: "hz|native"))
    var sampleRate: SampleRateChoice?

    @Option(name: .long, help:
        "Pool frames by their mean, mean+std, or segments (the means of the word's beginning, middle and end, then the std).")
    var pooling: FeatureConfiguration.Pooling?

    @Option(name: .long, help: "Number of MFCC coefficients kept (1-128).")
    var coefficients: Int?

    @Option(name: .long, help: ArgumentHelp("Mel bands dropped from the bottom before the DCT (3: below about 100 Hz).", valueName: "n"))
    var droppedLowBands: Int?

    /// Whether no feature option was given.
    var isEmpty: Bool {
        recipe == nil && sampleRate == nil && pooling == nil && coefficients == nil && droppedLowBands == nil
    }

    func validate() throws {
        _ = try configuration(defaults: .standard)
    }

    /// The feature configuration these options describe, `defaults` filling what they leave out.
    func configuration(defaults: FeatureConfiguration) throws -> FeatureConfiguration {
        var configuration = recipe?.configuration ?? defaults
        if let sampleRate { configuration.sampleRate = sampleRate.rate }
        if let pooling { configuration.pooling = pooling }
        if let coefficients {
            guard (1...128).contains(coefficients) else { throw ValidationError("--coefficients must be between 1 and 128") }
            configuration.coefficients = coefficients
        }
        if let droppedLowBands {
            guard (0..<64).contains(droppedLowBands) else { throw ValidationError("--dropped-low-bands must be between 0 and 63") }
            configuration.droppedLowBands = droppedLowBands
        }
        guard configuration.droppedLowBands + configuration.coefficients <= configuration.melBands else {
            throw ValidationError("--coefficients plus --dropped-low-bands must not exceed the \(configuration.melBands) mel bands")
        }
        return configuration
    }

    /// The options that describe `configuration`, such as `--recipe digitviz
    /// --dropped-low-bands 0 --sample-rate native`: the nearest recipe and the options that
    /// change it, then, for settings no option gives, their names.
    static func arguments(for configuration: FeatureConfiguration) -> String {
        let base = FeatureRecipe.allCases.min {
            FeatureRecipeFile.differences(between: $0.configuration, and: configuration).count
                < FeatureRecipeFile.differences(between: $1.configuration, and: configuration).count
        }!
        let start = base.configuration
        var words = ["--recipe", base.rawValue]
        if configuration.sampleRate != start.sampleRate {
            words += ["--sample-rate", configuration.sampleRate.map(String.init) ?? "native"]
        }
        if configuration.pooling != start.pooling { words += ["--pooling", configuration.pooling.rawValue] }
        if configuration.coefficients != start.coefficients { words += ["--coefficients", String(configuration.coefficients)] }
        if configuration.droppedLowBands != start.droppedLowBands {
            words += ["--dropped-low-bands", String(configuration.droppedLowBands)]
        }
        let text = words.joined(separator: " ")
        guard let described = try? FeatureOptions.parse(words).configuration(defaults: start) else { return text }
        let rest = FeatureRecipeFile.differences(between: described, and: configuration)
        return rest.isEmpty ? text : "\(text) (and settings no option gives: \(rest.joined(separator: ", ")))"
    }
}
