
/// How recordings are divided into a training set and a test set.
///
/// Written on a command line as `random`, `official` or `speaker:NAME`.
public enum Split: Sendable, Equatable, CustomStringConvertible {
    /// Stratified by digit: for each digit, its recordings are shuffled with a generator
    /// seeded by `seed` and `round(n × testFraction)` of them go to the test set, as
    /// scikit-learn's stratified `train_test_split` does in spirit (the original's protocol).
    case random(testFraction: Double, seed: UInt64)
    /// FSDD's own: takes 0–4 of every digit and speaker are the test set, the others train.
    case official
    /// One speaker held out: their recordings are the test set, everyone else's train.
    case speaker(String)

    /// The default test fraction of a random split, 0.2.
    public static let defaultTestFraction = 0.2
    /// The default seed of a random split, 42.
    public static let defaultSeed: UInt64 = 42
    /// The default split: random, 20 % test, seed 42 (the original project's protocol).
    public static let standard = Split.random(testFraction: defaultTestFraction, seed: defaultSeed)

    /// Parses `random`, `official` or `speaker:NAME`; a random split takes `testFraction` and `seed`.
    ///
    /// - Throws: ``InputError`` for any other text, an empty speaker name or a fraction outside (0, 1).
    public init(parsing text: String, testFraction: Double = Split.defaultTestFraction, seed: UInt64 = Split.defaultSeed) throws {
        switch text {
        case "random":
            guard testFraction > 0, testFraction < 1 else {
                throw InputError("test fraction must be between 0 and 1 (exclusive), got \(testFraction)")
            }
            self = .random(testFraction: testFraction, seed: seed)
        case "official":
            self = .official
        case _ where text.hasPrefix("speaker:"):
            let name = String(text.dropFirst("speaker:".count))
            guard !name.isEmpty else { throw InputError("speaker split needs a name: speaker:NAME") }
            self = .speaker(name)
        default:
            throw InputError("unknown split '\(text)': expected random, official or speaker:NAME")
        }
    }

    /// The text form: `random`, `official` or `speaker:NAME`.
    public var description: String {
        switch self {
        case .random: "random"
        case .official: "official"
        case .speaker(let name): "speaker:\(name)"
        }
    }

    /// Divides recordings into training and test rows (indices into `recordings`, ascending).
    ///
    /// - Throws: ``InputError`` when the recordings hold fewer than two digits, when a set
    ///   would be empty, when an official split meets a recording without a take index, or
    ///   when the held-out speaker is unknown (the message lists the known ones).
    public func apply(to recordings: [Recording]) throws -> (train: [Int], test: [Int]) {
        let digits = Set(recordings.map(\.digit))
        guard digits.count >= 2 else {
            throw InputError("need recordings of at least two digits to split, found \(digits.count)")
        }
        var test: [Int]
        switch self {
        case .random(let fraction, let seed):
            guard fraction > 0, fraction < 1 else {
                throw InputError("test fraction must be between 0 and 1 (exclusive), got \(fraction)")
            }
            var generator = SeededGenerator(seed: seed)
            test = []
            for digit in digits.sorted() {
                var rows = recordings.indices.filter { recordings[$0].digit == digit }
                generator.shuffle(&rows)
                test += rows.prefix(Int((Double(rows.count) * fraction).rounded()))
            }
            test.sort()
        case .official:
            if let unnumbered = recordings.first(where: { $0.index == nil }) {
                throw InputError("official split needs take numbers in file names ({digit}_{speaker}_{index}.wav), "
                    + "but \(unnumbered.url.lastPathComponent) has none")
            }
            test = recordings.indices.filter { recordings[$0].index! < 5 }
        case .speaker(let name):
            guard recordings.contains(where: { $0.speaker == name }) else {
                let known = Set(recordings.compactMap(\.speaker)).sorted()
                throw InputError("unknown speaker '\(name)'; known speakers: "
                    + (known.isEmpty ? "none" : known.joined(separator: ", ")))
            }
            test = recordings.indices.filter { recordings[$0].speaker == name }
        }
        let testSet = Set(test)
        let train = recordings.indices.filter { !testSet.contains($0) }
        guard !train.isEmpty, !test.isEmpty else {
            throw InputError("too few recordings to split \(self): \(train.count) for training, \(test.count) for testing")
        }
        return (train, test)
    }
}
