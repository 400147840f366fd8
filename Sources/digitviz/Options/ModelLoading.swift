import DigitAudio
import FoundationEssentials

/// Reading a model file named on the command line.
enum ModelLoading {
    /// The model at `path`; errors name the file and the problem.
    static func load(_ path: String) throws -> TrainedModel {
        try ModelFile.read(from: URL(fileURLWithPath: path))
    }
}
