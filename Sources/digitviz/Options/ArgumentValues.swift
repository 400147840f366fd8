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
