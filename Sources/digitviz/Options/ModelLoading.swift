import DigitAudio
import Foundation

/// Reading a model file named on the command line.
enum ModelLoading {
    /// The model at `path`; errors name the file and the problem.
    static func load(_ path: String) throws -> TrainedModel {
        try ModelFile.read(from: URL(fileURLWithPath: path))
    }
}

extension TrainedModel {
    /// The feature options that reproduce this model's features, for loading data with them.
    var featureOptions: FeatureOptions {
        var options = FeatureOptions()
        let configuration = featureConfiguration
        options.sampleRate = configuration.sampleRate.map(String.init) ?? "native"
        options.pooling = configuration.pooling.rawValue
        options.coefficients = configuration.coefficients
        return options
    }
}
