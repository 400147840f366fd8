import ArgumentParser
import DigitAudio

/// How recordings are divided into training and test sets.
struct SplitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "random (stratified by digit), official (FSDD: index 0-4 test), or speaker:NAME (that speaker held out). Default: random for train, every recording for evaluate.",
        valueName: "kind"))
    var split: Split?

    @Option(name: .long, help: "Fraction of recordings in the test set for --split random.")
    var testSize: Double = Split.defaultTestFraction

    @Option(name: .long, help: "Seed of the random split.")
    var splitSeed: UInt64 = Split.defaultSeed

    func validate() throws {
        do { _ = try value() } catch { throw ValidationError("\(error)") }
    }

    /// The split these options describe, `nil` when none was asked for.
    func value() throws -> Split? {
        try split.map { try Split(parsing: $0.description, testFraction: testSize, seed: splitSeed) }
    }

    /// The random split with these options' size and seed: the default for training.
    var defaultSplit: Split { .random(testFraction: testSize, seed: splitSeed) }
}
