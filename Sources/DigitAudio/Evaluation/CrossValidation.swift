import Dispatch
import FoundationEssentials
import Synchronization

/// Cross-validation: one model per fold, each trained on the other folds and scored on
/// its own, the honest measure of how a recipe does on recordings it never saw.
///
/// Leave one speaker out (``Folds/bySpeaker``) answers "how well does it hear a new
/// voice?"; stratified folds (``Folds/stratified(_:seed:)``) share speakers between
/// training and test and say little about a new voice. Each fold's kept epoch is chosen
/// on a ``ValidationSplit`` of its training part, never on its test fold. Folds train in
/// parallel, each on one thread.
public struct CrossValidation: Sendable {
    /// How recordings are divided into folds.
    public enum Folds: Sendable, Equatable {
        /// One fold per speaker: that speaker's recordings are its test part.
        case bySpeaker
        /// `k` folds, each digit's recordings dealt across them in a seeded order.
        case stratified(Int, seed: UInt64)
    }

    /// One fold: a name and its test rows (the training rows are all others).
    public struct Fold: Sendable, Equatable {
        /// The held-out speaker, or "fold N" (from 1).
        public var name: String
        /// Rows of the table tested in this fold.
        public var testRows: [Int]
    }

    /// The score of one fold's model on its test part.
    public struct FoldResult: Sendable, Equatable {
        /// The fold's name.
        public var name: String
        /// Predictions on the fold's test part.
        public var confusion: ConfusionMatrix
        /// The epoch kept (from 0), chosen on the validation part.
        public var keptEpoch: Int
        /// Accuracy on the test part.
        public var accuracy: Double { confusion.accuracy }
        /// Macro-averaged F1 on the test part.
        public var macroF1: Double { confusion.macroAverage.f1 }
        /// Recordings in the test part.
        public var recordings: Int { confusion.total }
    }

    /// Every fold's result.
    public struct Report: Sendable, Equatable {
        /// How the folds were made.
        public var folds: Folds
        /// Per fold, in order.
        public var results: [FoldResult]
        /// The mean of the folds' accuracies.
        public var meanAccuracy: Double { results.map(\.accuracy).reduce(0, +) / Double(results.count) }
        /// The sample standard deviation of the folds' accuracies (0 for one fold).
        public var accuracySpread: Double {
            guard results.count > 1 else { return 0 }
            let mean = meanAccuracy
            return (results.map { ($0.accuracy - mean) * ($0.accuracy - mean) }.reduce(0, +) / Double(results.count - 1)).squareRoot()
        }
        /// The worst fold.
        public var worst: FoldResult? { results.min { $0.accuracy < $1.accuracy } }
        /// The confusion matrices of all folds added: every recording scored once.
        public var summedConfusion: ConfusionMatrix {
            var sum = ConfusionMatrix(classCount: results.first?.confusion.classCount ?? 10)
            for result in results { sum.add(result.confusion) }
            return sum
        }
    }

    /// How folds are made.
    public var folds: Folds
    /// The training recipe of every fold's model.
    public var trainer: Trainer
    /// The validation part carved from each fold's training part.
    public var validation: ValidationSplit

    /// Describes a cross-validation.
    public init(folds: Folds, trainer: Trainer, validation: ValidationSplit = .standard) {
        self.folds = folds
        self.trainer = trainer
        self.validation = validation
    }

    /// The folds of `recordings`.
    ///
    /// - Throws: ``InputError`` when speakers are unknown or fewer than two (by speaker), or
    ///   `k` is outside 2…the number of recordings (stratified).
    public func makeFolds(of recordings: [Recording]) throws -> [Fold] {
        switch folds {
        case .bySpeaker:
            guard recordings.allSatisfy({ $0.speaker != nil }) else {
                let unnamed = recordings.filter { $0.speaker == nil }.count
                throw InputError("cross-validation by speaker needs every recording's speaker ({digit}_{speaker}_{index}.wav "
                    + "or a speaker column), but \(unnamed) of \(recordings.count) have none")
            }
            let speakers = Set(recordings.compactMap(\.speaker)).sorted()
            guard speakers.count >= 2 else {
                throw InputError("cross-validation by speaker needs at least two speakers, found \(speakers.count)"
                    + (speakers.first.map { " (\($0))" } ?? ""))
            }
            return speakers.map { speaker in Fold(name: speaker, testRows: recordings.indices.filter { recordings[$0].speaker == speaker }) }
        case let .stratified(k, seed):
            guard k >= 2, k <= recordings.count else {
                throw InputError("--folds must be between 2 and the number of recordings (\(recordings.count)), got \(k)")
            }
            var generator = SeededGenerator(seed: seed)
            var rows = [[Int]](repeating: [], count: k)
            var next = 0
            for digit in Set(recordings.map(\.digit)).sorted() {
                var ofDigit = recordings.indices.filter { recordings[$0].digit == digit }
                generator.shuffle(&ofDigit)
                for row in ofDigit {
                    rows[next % k].append(row)
                    next += 1
                }
            }
            return rows.enumerated().map { Fold(name: "fold \($0.offset + 1)", testRows: $0.element.sorted()) }
        }
    }

    /// Trains and scores one model per fold on `table`, `threads` folds at a time.
    ///
    /// - Parameters:
    ///   - table: the features and labels of every recording.
    ///   - featureConfiguration: how the table's features were made (stored in each model).
    ///   - threads: folds trained at once (all cores by default).
    ///   - onFold: called as each fold finishes, from any thread, never concurrently.
    /// - Throws: ``InputError`` when folds cannot be made, or a fold's training part lacks a
    ///   digit its test part has (the message names the fold and the digits).
    public func run(
        on table: FeatureTable, featureConfiguration: FeatureConfiguration, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        onFold: (@Sendable (FoldResult) -> Void)? = nil
    ) throws -> Report {
        try run(on: TrainingSet(table), featureConfiguration: featureConfiguration, threads: threads, onFold: onFold)
    }

    /// As ``run(on:featureConfiguration:threads:onFold:)-(FeatureTable,_,_,_)``, each fold
    /// also training on the set's training-only rows: the augmented copies of its training
    /// recordings and every extra recording. Folds are made of the real recordings only;
    /// each fold's model hears its test recordings at the speeds of the set's speed copies
    /// too (``TrainingConfiguration/testTimeSpeeds(of:)``), as a model trained on the set does.
    public func run(
        on set: TrainingSet, featureConfiguration: FeatureConfiguration, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        onFold: (@Sendable (FoldResult) -> Void)? = nil
    ) throws -> Report {
        let table = set.table
        let folds = try makeFolds(of: table.recordings)
        var planned: [(fold: Fold, train: [Int], validation: [Int])] = []
        for fold in folds {
            let test = Set(fold.testRows)
            let rest = table.recordings.indices.filter { !test.contains($0) }
            let missing = Set(fold.testRows.map { table.labels[$0] }).subtracting(rest.map { table.labels[$0] }).sorted()
            guard missing.isEmpty else {
                throw InputError("fold \(fold.name): no training recordings of digit(s) "
                    + missing.map(String.init).joined(separator: ", ") + " outside it")
            }
            let (train, validation) = try self.validation.apply(to: rest, of: table.recordings)
            planned.append((fold, train, validation))
        }
        let plans = planned
        let speeds = trainer.configuration.testTimeSpeeds(of: set)
        let views = set.viewTable(speeds: speeds)
        let results = Mutex<[Int: Swift.Result<FoldResult, any Error>]>([:])
        let next = Atomic<Int>(0)
        let trainer = trainer
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, plans.count))) { _ in
            while true {
                let index = next.add(1, ordering: .relaxed).oldValue
                guard index < plans.count else { break }
                let plan = plans[index]
                let outcome = Swift.Result<FoldResult, any Error> {
                    let combined = set.combined(trainRows: plan.train)
                    var trained = try trainer.train(on: combined.table, trainRows: combined.trainRows, validationRows: plan.validation,
                                                    featureConfiguration: featureConfiguration)
                    trained.model.testTimeSpeeds = speeds
                    let confusion = try ModelEvaluation.confusionMatrix(of: trained.model, on: views, rows: plan.fold.testRows)
                    return FoldResult(name: plan.fold.name, confusion: confusion, keptEpoch: trained.bestEpoch)
                }
                results.withLock { all in
                    all[index] = outcome
                    if let onFold, case .success(let result) = outcome { onFold(result) }
                }
            }
        }
        let ordered = try results.withLock { all in try plans.indices.map { try all[$0]!.get() } }
        return Report(folds: self.folds, results: ordered)
    }
}
