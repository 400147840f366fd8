import ArgumentParser
import DigitAudio

/// How audio becomes features: shared by every subcommand that reads recordings. Options
/// left out take the recipe's values: by default librosa's for `features` and `mfcc`,
/// digitviz's for `train`.
struct FeatureOptions: ParsableArguments {
    @Option(name: .long, help:
        "librosa (40 MFCCs averaged over time, as the original) or digitviz (the training default: the band up to 4 kHz, high-pass at 100 Hz, silence trimmed at 30 dB, dB from each clip's peak over a 50 dB range, 20 MFCCs by 5 segments); the options below adjust it.")
    var recipe: FeatureRecipe?

    @Option(name: .long, help: ArgumentHelp(
        "Resample to this rate in Hz (1000-384000) before analysis, or 'native' to keep each file's rate (default 22050).",
        valueName: "hz|native"))
    var sampleRate: SampleRateChoice?

    @Option(name: .long, help:
        "Pool frames by their mean, mean+std, or segments (the means of the word's beginning, middle and end, then the std); or keep a sequence for --network cnn: frames (the middle --segments frames as they are) or sequence (the means of --segments stretches).")
    var pooling: FeatureConfiguration.Pooling?

    @Option(name: .long, help: "Number of MFCC coefficients kept (1-128).")
    var coefficients: Int?

    @Option(name: .long, help: ArgumentHelp("Mel bands dropped from the bottom before the DCT (3: below about 100 Hz).", valueName: "n"))
    var droppedLowBands: Int?

    @Option(name: .long, help: ArgumentHelp("Stretches of frames averaged by segments or sequence pooling; frames kept by frames pooling.", valueName: "n"))
    var segments: Int?

    @Option(name: .long, help: ArgumentHelp("High-pass cut-off in Hz applied before analysis, or 'none'.", valueName: "hz|none"))
    var highPass: OptionalNumber<Double>?

    @Option(name: .long, help: ArgumentHelp(
        "Cut leading and trailing silence this many dB below the loudest frame, or 'none'.", valueName: "db|none"))
    var trim: OptionalNumber<Float>?

    @Option(name: .long, help: ArgumentHelp(
        "Highest frequency heard, in Hz: a recording sampled faster than twice this is first resampled to twice this; 'none' keeps every recording's band (digitviz: \(Int(FeatureConfiguration.narrowband)), FSDD's and the telephone's band).",
        valueName: "hz|none"))
    var bandLimit: OptionalNumber<Double>?

    @Option(name: .long, help: ArgumentHelp(
        "Decibels measured from 1 (librosa's ref=1.0) or from each clip's loudest mel value (max, digitviz's recipe: loudness changes no feature).",
        valueName: "1|max"))
    var dbReference: DecibelReference?

    @Flag(name: .long, inversion: .prefixedNo, help:
        "Subtract each coefficient's mean over the clip's frames (cepstral mean normalisation: a microphone's and a voice's lasting colour cancel; digitviz's cnn features).")
    var meanNormalization: Bool?

    @Option(name: .long, help: ArgumentHelp("FFT size and window length in samples.", valueName: "n"))
    var fftSize: Int?

    @Option(name: .long, help: ArgumentHelp("Hop between frames in samples.", valueName: "n"))
    var hopLength: Int?

    @Option(name: .long, help: ArgumentHelp("Number of mel bands.", valueName: "n"))
    var melBands: Int?

    @Option(name: .long, help: ArgumentHelp("Dynamic range kept below each clip's loudest mel band, in dB (librosa: 80).", valueName: "db"))
    var topDB: Float?

    /// Whether no feature option was given.
    var isEmpty: Bool {
        recipe == nil && sampleRate == nil && pooling == nil && coefficients == nil && droppedLowBands == nil
            && segments == nil && highPass == nil && trim == nil && bandLimit == nil && dbReference == nil && meanNormalization == nil && fftSize == nil && hopLength == nil && melBands == nil && topDB == nil
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
        if let segments { configuration.segmentCount = segments }
        if let highPass { configuration.highPass = highPass.value }
        if let trim { configuration.trimTopDB = trim.value }
        if let bandLimit { configuration.bandLimit = bandLimit.value }
        if let dbReference { configuration.peakReference = dbReference == .max }
        if let meanNormalization { configuration.meanNormalization = meanNormalization }
        if let fftSize { configuration.fftSize = fftSize }
        if let hopLength { configuration.hopLength = hopLength }
        if let melBands { configuration.melBands = melBands }
        if let topDB { configuration.topDB = topDB }
        guard configuration.droppedLowBands + configuration.coefficients <= configuration.melBands else {
            throw ValidationError("--coefficients plus --dropped-low-bands must not exceed the \(configuration.melBands) mel bands")
        }
        if let problem = configuration.problem { throw ValidationError("The feature options are inconsistent: \(problem)") }
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
        if configuration.segmentCount != start.segmentCount { words += ["--segments", String(configuration.segmentCount)] }
        if configuration.highPass != start.highPass { words += ["--high-pass", configuration.highPass.map { "\($0)" } ?? "none"] }
        if configuration.trimTopDB != start.trimTopDB { words += ["--trim", configuration.trimTopDB.map { "\($0)" } ?? "none"] }
        if configuration.peakReference != start.peakReference {
            words += ["--db-reference", (configuration.peakReference ? DecibelReference.max : .one).rawValue]
        }
        if configuration.meanNormalization != start.meanNormalization {
            words.append(configuration.meanNormalization ? "--mean-normalization" : "--no-mean-normalization")
        }
        if configuration.bandLimit != start.bandLimit { words += ["--band-limit", configuration.bandLimit.map { "\($0)" } ?? "none"] }
        if configuration.fftSize != start.fftSize { words += ["--fft-size", String(configuration.fftSize)] }
        if configuration.hopLength != start.hopLength { words += ["--hop-length", String(configuration.hopLength)] }
        if configuration.melBands != start.melBands { words += ["--mel-bands", String(configuration.melBands)] }
        if configuration.topDB != start.topDB { words += ["--top-db", "\(configuration.topDB)"] }
        let text = words.joined(separator: " ")
        guard let described = try? FeatureOptions.parse(words).configuration(defaults: start) else { return text }
        let rest = FeatureRecipeFile.differences(between: described, and: configuration)
        return rest.isEmpty ? text : "\(text) (and settings no option gives: \(rest.joined(separator: ", ")))"
    }
}
