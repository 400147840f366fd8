import ArgumentParser
import DigitAudio

/// How recordings are divided into training and test sets.
struct SplitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "random (stratified by digit), official (FSDD: index 0-4 test), or speaker:NAME (that speaker held out); all (evaluate, confusion) scores every recording. Default: random for train; for evaluate, every recording the model did not train on.",
        valueName: "kind"))
    var split: SplitChoice?

    @Option(name: .long, help: "Fraction of recordings in the test set for --split random.")
    var testSize: Double = Split.defaultTestFraction

    @Option(name: .long, help: "Seed of the random split.")
    var splitSeed: UInt64 = Split.defaultSeed

    func validate() throws {
        do { _ = try scope() } catch { throw ValidationError("\(error)") }
    }

    /// The split these options describe for training, `nil` when none was asked for.
    func value() throws -> Split? {
        switch split {
        case nil: return nil
        case .all: throw ValidationError("--split all is for evaluate and confusion; training needs random, official or speaker:NAME")
        case .split(let kind): return try Split(parsing: kind.description, testFraction: testSize, seed: splitSeed)
        }
    }

    /// Which recordings an evaluation scores: by default those the model did not train on.
    func scope() throws -> EvaluationScope {
        switch split {
        case nil: return .unseen
        case .all: return .all
        case .split: return .testPart(try value()!)
        }
    }

    /// The random split with these options' size and seed: the default for training.
    var defaultSplit: Split { .random(testFraction: testSize, seed: splitSeed) }
}
