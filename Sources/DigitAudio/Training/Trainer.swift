/// Trains the ``Network`` the way the original Keras script does.
///
/// Each epoch shuffles the training rows, takes Adam steps on batches of
/// ``TrainingConfiguration/batchSize`` with dropout on, then measures loss and accuracy on
/// the validation rows (the original used its test set as `validation_data`). Training
/// metrics are the epoch's running means over its samples with dropout on, as Keras
/// prints them. The weights of the epoch with the lowest validation loss are restored at
/// the end (the first such epoch on ties). With a ``TrainingConfiguration/patience``, training
/// stops once that many epochs have passed without a lower validation loss. With an
/// ``TrainingConfiguration/ensembleSize`` above 1, it trains that many networks one after
/// another on the same rows, the k-th from seed `seed + k`, and the model averages them
/// (``TrainedModel/ensembleMembers``); the history is the first network's.
///
/// One seeded ``SeededGenerator`` drives initialization, shuffling and dropout, and every
/// matrix product sums in one fixed order (CKernels), so the same seed gives bit-identical
/// results on the same machine. Training runs with subnormal
/// floats flushed to zero, as TensorFlow does, and the callback runs on the training
/// thread in that mode.
public struct Trainer: Sendable {
    /// The settings of the runs.
    public var configuration: TrainingConfiguration
    /// How many threads one network's training uses: 2 splits each product and Adam step
    /// between two cores (the numbers are the same as on 1); 1 keeps to the calling thread,
    /// for callers that train several networks at once.
    public var threads = 1
    /// Where `digitviz-bench` collects the time of each stage of a run (shuffling, batch
    /// copies, forward, backward, Adam, validation); `nil` in normal use.
    package var clock: StageClock?

    /// A trainer with the given settings (the original's by default).
    public init(configuration: TrainingConfiguration = TrainingConfiguration()) {
        self.configuration = configuration
    }

    /// Trains a fresh network on `trainRows` of `table`, validating on `validationRows` after every epoch.
    ///
    /// - Parameters:
    ///   - table: the features and labels of every recording.
    ///   - trainRows: the rows of `table` trained on.
    ///   - validationRows: the rows of `table` measured after every epoch; the epoch with
    ///     the lowest loss on them is the one kept.
    ///   - featureConfiguration: how `table`'s features were made; stored in the model.
    ///   - onEpoch: called after each epoch; return `false` to stop (for Ctrl-C or a time limit).
    /// - Returns: the model with the best epoch's weights, the history and timings.
    /// - Throws: ``InputError`` for empty or out-of-range rows, labels outside the classes,
    ///   or invalid settings.
    public func train(
        on table: FeatureTable, trainRows: [Int], validationRows: [Int],
        featureConfiguration: FeatureConfiguration = .standard,
        onEpoch: (EpochReport) -> Bool = { _ in true }
    ) throws -> TrainingResult {
        let start = ContinuousClock.now
        let architecture = try configuration.architecture(dimension: table.dimension, features: featureConfiguration,
                                                          classes: digitNames.count)
        try validate(architecture: architecture, table: table, trainRows: trainRows, validationRows: validationRows)

        let standardizer = configuration.standardize
            ? Standardizer(fitting: table, rows: trainRows, channels: architecture.convolution?.channels)
            : .identity(dimension: table.dimension)
        let data = TrainingData(
            features: standardizer.applied(to: trainRows.flatMap { table.row($0) }), labels: trainRows.map { table.labels[$0] },
            validationFeatures: standardizer.applied(to: validationRows.flatMap { table.row($0) }),
            validationLabels: validationRows.map { table.labels[$0] })
        var members: [MemberRun] = []
        for member in 0..<configuration.ensembleSize {
            let run = train(member: member, architecture: architecture, data: data, onEpoch: onEpoch)
            members.append(run)
            if run.stoppedEarly { break }
        }
        let first = members[0]
        let model = TrainedModel(
            network: first.network, ensembleMembers: members.dropFirst().map(\.network), standardizer: standardizer,
            featureConfiguration: featureConfiguration, classNames: digitNames,
            metadata: ["best_epoch": String(first.keptEpoch + 1), "seed": String(configuration.seed)])
        var result = TrainingResult(model: model, history: first.history, bestEpoch: first.keptEpoch,
                                    stoppedEarly: members.contains(where: \.stoppedEarly),
                                    seconds: (ContinuousClock.now - start).seconds)
        result.stoppedByPatience = first.stoppedByPatience
        return result
    }

    /// Standardized training and validation rows.
    private struct TrainingData {
        var features: [Float], labels: [Int], validationFeatures: [Float], validationLabels: [Int]
    }

    /// One network's training: its kept weights and history.
    private struct MemberRun {
        var network: Network
        var history: History
        var keptEpoch: Int
        var stoppedEarly: Bool
        var stoppedByPatience: Bool
    }

    /// Trains ensemble member `member` (seed `configuration.seed + member`) from fresh weights.
    private func train(member: Int, architecture: Architecture, data: TrainingData, onEpoch: (EpochReport) -> Bool) -> MemberRun {
        let trainFeatures = data.features, trainLabels = data.labels
        let validationFeatures = data.validationFeatures, validationLabels = data.validationLabels
        let trainRows = trainLabels.indices, validationRows = validationLabels.indices

        // A batch larger than the training set is the whole set: capping it keeps the
        // workspace's size bounded by the data, not by the option.
        let batchSize = min(configuration.batchSize, trainRows.count)
        var generator = SeededGenerator(seed: configuration.seed &+ UInt64(member))
        var network = Network(architecture: architecture, generator: &generator)
        let workspace = TrainingWorkspace(
            network: network, capacity: max(batchSize, min(validationRows.count, 256)),
            team: threads >= 2 ? KernelTeam() : nil)
        var optimizer = Adam(parameterCount: network.parameterCount, learningRate: configuration.learningRate,
                             weightDecay: configuration.weightDecay)
        var best = Array(workspace.parameters)
        var bestLoss = Double.infinity
        var bestEpoch: Int?
        var history = History()
        var order = Array(trainRows.indices)
        var stoppedEarly = false, stoppedByPatience = false

        workspace.clock = clock
        clock?.restart()
        withSubnormalsFlushedToZero {
            for epoch in 0..<configuration.epochs {
                let epochStart = ContinuousClock.now
                generator.shuffle(&order)
                clock?.lap("shuffle")
                var lossSum = 0.0, correct = 0
                trainFeatures.withUnsafeBufferPointer { features in
                    for batchStart in stride(from: 0, to: order.count, by: batchSize) {
                        let rows = min(batchSize, order.count - batchStart)
                        let d = architecture.inputs
                        for r in 0..<rows {
                            let source = order[batchStart + r]
                            (workspace.input + r * d).update(from: features.baseAddress! + source * d, count: d)
                            workspace.labels[r] = trainLabels[source]
                        }
                        clock?.lap("batch copy")
                        let batch = workspace.computeGradients(rows: rows, generator: &generator)
                        lossSum += batch.lossSum
                        correct += batch.correct
                        optimizer.update(parameters: workspace.parameters, gradients: UnsafeBufferPointer(workspace.gradients),
                                         team: workspace.team)
                        clock?.lap("Adam")
                    }
                }
                let validation = evaluate(workspace: workspace, features: validationFeatures, labels: validationLabels)
                clock?.lap("validation")
                if validation.loss < bestLoss {
                    bestLoss = validation.loss
                    bestEpoch = epoch
                    _ = best.withUnsafeMutableBufferPointer { $0.update(fromContentsOf: workspace.parameters) }
                }
                let report = EpochReport(
                    epoch: epoch, epochs: configuration.epochs,
                    accuracy: Double(correct) / Double(order.count), loss: lossSum / Double(order.count),
                    validationAccuracy: validation.accuracy, validationLoss: validation.loss,
                    seconds: (ContinuousClock.now - epochStart).seconds, member: member, members: configuration.ensembleSize)
                history.append(report.metrics)
                let goOn = onEpoch(report)
                clock?.lap("best weights, history, callback")
                if !goOn {
                    stoppedEarly = epoch + 1 < configuration.epochs
                    break
                }
                if let patience = configuration.patience, let bestEpoch, epoch - bestEpoch >= patience,
                   epoch + 1 < configuration.epochs {
                    stoppedByPatience = true
                    break
                }
            }
        }

        let keptEpoch = bestEpoch ?? history.epochs - 1
        if bestEpoch == nil { best = Array(workspace.parameters) }
        best.withUnsafeBufferPointer { network.setFlatParameters($0) }
        return MemberRun(network: network, history: history, keptEpoch: keptEpoch, stoppedEarly: stoppedEarly,
                         stoppedByPatience: stoppedByPatience)
    }

    /// Splits `table`'s recordings with `split`, carves the validation part from the training
    /// part (``TrainingConfiguration/validationFraction``; the test part when it is 0, as
    /// the original did), trains, and scores the kept weights on the test part. The model's
    /// metadata records the split (``TrainedModel/splitRecord``).
    ///
    /// - Throws: ``InputError`` when the split or the validation part cannot be made, or as the other overload.
    public func train(
        on table: FeatureTable, split: Split, featureConfiguration: FeatureConfiguration = .standard,
        onEpoch: (EpochReport) -> Bool = { _ in true }
    ) throws -> TrainingResult {
        try train(on: TrainingSet(table), split: split, featureConfiguration: featureConfiguration, onEpoch: onEpoch)
    }

    /// As ``train(on:split:featureConfiguration:onEpoch:)-(FeatureTable,_,_,_)``, with the
    /// set's training-only rows (augmented copies of the training part's recordings, extra
    /// recordings) added to the rows trained on; splitting, validation and test use the
    /// set's real recordings only. The model hears recordings at the speeds of the set's
    /// speed copies too (``TrainingConfiguration/testTimeSpeeds(of:)``), and is tested so.
    public func train(
        on set: TrainingSet, split: Split, featureConfiguration: FeatureConfiguration = .standard,
        onEpoch: (EpochReport) -> Bool = { _ in true }
    ) throws -> TrainingResult {
        let table = set.table
        let (train, test) = try split.apply(to: table.recordings)
        let fraction = configuration.validationFraction
        let (fit, validation) = fraction > 0
            ? try ValidationSplit(fraction: fraction, seed: configuration.seed).apply(to: train, of: table.recordings)
            : (train, test)
        let combined = set.combined(trainRows: fit)
        var result = try self.train(on: combined.table, trainRows: combined.trainRows, validationRows: validation,
                                    featureConfiguration: featureConfiguration, onEpoch: onEpoch)
        result.model.splitRecord = SplitRecord(split: split, validationFraction: fraction, recordings: table.recordings,
                                               train: train, test: test)
        result.model.testTimeSpeeds = configuration.testTimeSpeeds(of: set)
        result.test = TrainingResult.TestScore(model: result.model, table: set.viewTable(speeds: result.model.testTimeSpeeds), rows: test)
        return result
    }

    /// Mean loss and accuracy of the workspace's current parameters on standardized rows, without dropout.
    private func evaluate(workspace: TrainingWorkspace, features: [Float], labels: [Int]) -> (loss: Double, accuracy: Double) {
        let d = workspace.architecture.inputs, classes = workspace.architecture.classes
        var unused = SeededGenerator(seed: 0)
        var lossSum = 0.0, correct = 0
        features.withUnsafeBufferPointer { features in
            labels.withUnsafeBufferPointer { labels in
                for chunkStart in stride(from: 0, to: labels.count, by: workspace.capacity) {
                    let rows = min(workspace.capacity, labels.count - chunkStart)
                    workspace.input.update(from: features.baseAddress! + chunkStart * d, count: rows * d)
                    let probabilities = workspace.forward(rows: rows, training: false, generator: &unused)
                    let chunk = CategoricalCrossEntropy.evaluate(
                        probabilities: probabilities, labels: labels.baseAddress! + chunkStart, rows: rows, classes: classes)
                    lossSum += chunk.lossSum
                    correct += chunk.correct
                }
            }
        }
        return (lossSum / Double(labels.count), Double(correct) / Double(labels.count))
    }

    /// Throws the first reason the run cannot start.
    private func validate(architecture: Architecture, table: FeatureTable, trainRows: [Int], validationRows: [Int]) throws {
        try configuration.validate()
        if let problem = architecture.problem { throw InputError("invalid network: \(problem)") }
        guard !trainRows.isEmpty else { throw InputError("no training rows") }
        guard !validationRows.isEmpty else { throw InputError("no validation rows") }
        for row in trainRows + validationRows {
            guard table.labels.indices.contains(row) else {
                throw InputError("row \(row) is outside the table's \(table.count) rows")
            }
            guard (0..<architecture.classes).contains(table.labels[row]) else {
                throw InputError("row \(row) has label \(table.labels[row]), outside 0–\(architecture.classes - 1)")
            }
        }
    }
}

private extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) * 1e-18
    }
}
