import Testing
@testable import DigitAudio

@Suite struct TrainerTests {
    private let configuration = TrainingConfiguration(
        epochs: 25, batchSize: 8, learningRate: 0.01, seed: 3,
        hiddenLayers: [.init(units: 16, activation: .relu, dropout: 0.25)])

    private func run(_ configuration: TrainingConfiguration, onEpoch: (EpochReport) -> Bool = { _ in true }) throws
        -> (TrainingResult, FeatureTable, [Int]) {
        let table = syntheticTable(perDigit: 12)
        let (train, test) = try Split.random(testFraction: 0.25, seed: 1).apply(to: table.recordings)
        let result = try Trainer(configuration: configuration).train(
            on: table, trainRows: train, validationRows: test, onEpoch: onEpoch)
        return (result, table, test)
    }

    @Test func learnsSeparableDataAndReportsKerasMetrics() throws {
        var reports: [EpochReport] = []
        let (result, table, test) = try run(configuration) { reports.append($0); return true }
        #expect(result.history.metricNames == ["accuracy", "loss", "val_accuracy", "val_loss"])
        #expect(result.history.epochs == 25 && reports.map(\.epoch) == Array(0..<25))
        #expect(!result.stoppedEarly)
        let validationLoss = result.history.series("val_loss")!
        #expect(validationLoss.last! < validationLoss.first!)
        #expect(result.history.series("val_accuracy")![result.bestEpoch] >= 0.9)
        // The best epoch (lowest val_loss) is reported as such, and its weights are restored.
        #expect(result.bestEpoch == result.history.bestEpoch())
        #expect(reports.min { $0.validationLoss < $1.validationLoss }?.epoch == result.bestEpoch)
        #expect(result.model.metadata["best_epoch"] == String(result.bestEpoch + 1), "counted from 1, as the console")
        let probabilities = result.model.predictProbabilities(batch: test.flatMap { table.row($0) })
        var lossSum = 0.0
        for (k, row) in test.enumerated() {
            lossSum += Double(CategoricalCrossEntropy.loss(probabilityOfTrueClass: probabilities[k * 10 + table.labels[row]]))
        }
        #expect(abs(lossSum / Double(test.count) - validationLoss[result.bestEpoch]) < 1e-5)
    }

    @Test func sameSeedIsBitIdenticalAndAnotherSeedDiffers() throws {
        let (first, _, _) = try run(configuration)
        let (second, _, _) = try run(configuration)
        #expect(first.history == second.history)
        #expect(first.model == second.model)
        var other = configuration
        other.seed = 4
        #expect(try run(other).0.history != first.history)
    }

    @Test func twoThreadsTrainTheSameNetwork() throws {
        // Wide enough that the team splits every product and Adam step.
        var wide = configuration
        wide.epochs = 4
        wide.hiddenLayers = [.init(units: 256, activation: .relu, dropout: 0.25), .init(units: 128, activation: .relu, dropout: 0.25)]
        let table = syntheticTable(perDigit: 12, dimension: 40)
        let (train, test) = try Split.random(testFraction: 0.25, seed: 1).apply(to: table.recordings)
        var one = Trainer(configuration: wide), two = one
        two.threads = 2
        let first = try one.train(on: table, trainRows: train, validationRows: test)
        let second = try two.train(on: table, trainRows: train, validationRows: test)
        #expect(first.history == second.history)
        #expect(first.model == second.model)
    }

    @Test func callbackCanStopEarly() throws {
        let (result, _, _) = try run(configuration) { $0.epoch < 2 }
        #expect(result.history.epochs == 3)
        #expect(result.stoppedEarly)
        #expect((0..<3).contains(result.bestEpoch))
    }

    @Test func patienceStopsWhenValidationLossNoLongerImproves() throws {
        var patient = configuration
        patient.epochs = 200
        patient.patience = 4
        let (result, _, _) = try run(patient)
        #expect(result.stoppedByPatience && !result.stoppedEarly)
        #expect(result.history.epochs == result.bestEpoch + 4 + 1, "four epochs after the best, then stop")
        #expect(result.history.epochs < 200)
        let losses = result.history.series("val_loss")!
        #expect(losses[result.bestEpoch] == losses.min())
        // Without patience, every epoch runs.
        #expect(try run(configuration).0.history.epochs == 25)
    }

    @Test func anEnsembleTrainsOneNetworkPerSeedAndAveragesThem() throws {
        var ensemble = configuration
        ensemble.ensembleSize = 3
        var reports: [EpochReport] = []
        let (result, table, test) = try run(ensemble) { reports.append($0); return true }
        #expect(reports.map(\.member) == Array(repeating: 0, count: 25) + Array(repeating: 1, count: 25) + Array(repeating: 2, count: 25))
        #expect(reports.allSatisfy { $0.members == 3 })
        // The first network, the history and the kept epoch are the single run's; the others are the next seeds'.
        let (single, _, _) = try run(configuration)
        #expect(result.model.network == single.model.network && result.history == single.history)
        var next = configuration
        next.seed = 4
        #expect(result.model.ensembleMembers.first == (try run(next).0.model.network))
        #expect(result.model.ensembleMembers.count == 2)
        // The model's probabilities are the mean of its networks'.
        let rows = test.flatMap { table.row($0) }
        let standardized = result.model.standardizer.applied(to: rows)
        let each = result.model.networks.map { $0.predictProbabilities(batch: standardized) }
        for (index, probability) in result.model.predictProbabilities(batch: rows).enumerated() {
            #expect(abs(probability - (each[0][index] + each[1][index] + each[2][index]) / 3) < 1e-6)
        }
        // Stopping during the second network keeps the finished one and the second's best so far.
        let (stopped, _, _) = try run(ensemble) { $0.member == 0 || $0.epoch < 2 }
        #expect(stopped.stoppedEarly && stopped.model.ensembleMembers.count == 1)
    }

    @Test func standardizationIsFittedOnTrainingRowsOrOff() throws {
        let table = syntheticTable(perDigit: 12)
        let train = Array(0..<60), test = Array(60..<120)
        var short = configuration
        short.epochs = 1
        let fitted = try Trainer(configuration: short).train(on: table, trainRows: train, validationRows: test)
        #expect(fitted.model.standardizer == Standardizer(fitting: table, rows: train))
        short.standardize = false
        let raw = try Trainer(configuration: short).train(on: table, trainRows: train, validationRows: test)
        #expect(raw.model.standardizer == .identity(dimension: table.dimension))
    }

    @Test func trainsOnASplitAndRecordsIt() throws {
        var short = configuration
        short.epochs = 2
        let result = try Trainer(configuration: short).train(on: syntheticTable(), split: .speaker("bob"))
        #expect(result.model.metadata["split"] == "speaker:bob")
        #expect(result.history.epochs == 2)
        #expect(throws: InputError.self) { try Trainer(configuration: short).train(on: syntheticTable(), split: .speaker("eve")) }
    }

    @Test func rejectsBadInputs() {
        let table = syntheticTable(perDigit: 2)
        let trainer = Trainer(configuration: configuration)
        #expect(throws: InputError("no validation rows")) { try trainer.train(on: table, trainRows: [0], validationRows: []) }
        #expect(throws: InputError("no training rows")) { try trainer.train(on: table, trainRows: [], validationRows: [0]) }
        #expect(throws: InputError.self) { try trainer.train(on: table, trainRows: [0, 99], validationRows: [1]) }
        var zeroEpochs = configuration
        zeroEpochs.epochs = 0
        #expect(throws: InputError.self) { try Trainer(configuration: zeroEpochs).train(on: table, trainRows: [0], validationRows: [1]) }
    }
}
