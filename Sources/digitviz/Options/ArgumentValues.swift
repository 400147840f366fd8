import ArgumentParser
import DigitAudio
import DigitPlot

// The core's enums as command-line values: parsing, `--help` and shell completion list
// their cases.

extension FeatureRecipe: ExpressibleByArgument {}

extension FeatureConfiguration.Pooling: ExpressibleByArgument {}

/// `--split`: a split's kind, or `all` (every recording, for evaluation).
enum SplitChoice: ExpressibleByArgument, Equatable {
    case all
    case split(Split)

    /// `all`, or `random`, `official` or `speaker:NAME` (with the default size and seed of a random split).
    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let split = try? Split(parsing: argument) {
            self = .split(split)
        } else {
            return nil
        }
    }

    /// The kinds, for `--help` and completion.
    static var allValueStrings: [String] { ["random", "official", "speaker:NAME", "all"] }
}

/// `--sample-rate`: a rate in Hz, or `native` to keep each file's own.
enum SampleRateChoice: ExpressibleByArgument, Equatable {
    case native
    case hertz(Int)

    /// The accepted rates, in Hz.
    static let range = 1000...384_000

    init?(argument: String) {
        if argument == "native" {
            self = .native
        } else if let hz = Int(argument), Self.range.contains(hz) {
            self = .hertz(hz)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ["native", "22050", "16000", "8000"] }

    /// The configuration's `sampleRate`: `nil` for native.
    var rate: Int? {
        switch self {
        case .native: nil
        case .hertz(let hz): hz
        }
    }
}

/// A positive number, or `none` to switch a front-end step off.
struct OptionalNumber<Number: LosslessStringConvertible & Comparable & ExpressibleByIntegerLiteral & Sendable>:
    ExpressibleByArgument, Equatable, Sendable {
    /// The number, or `nil` for `none`.
    var value: Number?

    init?(argument: String) {
        if argument == "none" {
            value = nil
        } else if let number = Number(argument), number > 0 {
            value = number
        } else {
            return nil
        }
    }
}

extension AugmentationPlan: ExpressibleByArgument {}

extension NetworkKind: ExpressibleByArgument {}

extension ConvolutionFront.GlobalPooling: ExpressibleByArgument {}

/// `--convolutions 64x3/2,64x3`: each layer as FILTERSxWIDTH, with /POOL for max pooling after it.
struct ConvolutionLayerList: ExpressibleByArgument, Equatable {
    /// The layers, from input to output.
    var layers: [ConvolutionFront.Layer]

    init?(argument: String) {
        var layers: [ConvolutionFront.Layer] = []
        for word in argument.split(separator: ",", omittingEmptySubsequences: false) {
            let poolParts = word.split(separator: "/", omittingEmptySubsequences: false)
            let sizes = poolParts[0].split(separator: "x", omittingEmptySubsequences: false)
            guard poolParts.count <= 2, sizes.count == 2, let filters = Int(sizes[0]), let width = Int(sizes[1]),
                  let pool = poolParts.count == 2 ? Int(poolParts[1]) : 1,
                  (1...1024).contains(filters), (1...64).contains(width), (1...64).contains(pool) else { return nil }
            layers.append(ConvolutionFront.Layer(filters: filters, width: width, pool: pool))
        }
        self.layers = layers
    }
}

/// What decibels are measured from (`--db-reference`): librosa's `ref=1.0` or `ref=np.max`.
enum DecibelReference: String, ExpressibleByArgument, CaseIterable, Sendable {
    case one = "1", max
}
