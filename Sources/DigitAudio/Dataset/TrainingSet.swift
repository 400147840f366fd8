/// The recordings a model is split, validated and tested on, plus rows that only ever
/// train: augmented copies of those recordings, each tied to the row it was made from,
/// and extra recordings (synthetic voices, other data sets) that are never tested.
///
/// A copy trains only when its source row does, so no version of a test or validation
/// recording ever reaches training.
public struct TrainingSet: Sendable {
    /// The real recordings: every split, validation part and test part indexes these rows.
    public var table: FeatureTable
    /// Augmented copies of rows of ``table``.
    public var copies: FeatureTable
    /// For each row of ``copies``, the row of ``table`` it was made from.
    public var copySources: [Int]
    /// For each row of ``copies``, how it was made (``Augmentation/none`` when unknown).
    public var copyAugmentations: [Augmentation]
    /// Rows that join the training part of every split.
    public var extra: FeatureTable

    /// A training set of `table` alone (no copies, no extra rows).
    public init(_ table: FeatureTable) {
        self.init(table: table)
    }

    /// A training set of `table` with augmented `copies` (made from `copySources` by
    /// `copyAugmentations`, when known) and `extra` rows.
    public init(table: FeatureTable, copies: FeatureTable? = nil, copySources: [Int] = [], copyAugmentations: [Augmentation]? = nil,
                extra: FeatureTable? = nil) {
        let copies = copies ?? FeatureTable(dimension: table.dimension)
        let extra = extra ?? FeatureTable(dimension: table.dimension)
        precondition(copies.count == copySources.count, "one source row per copy")
        precondition(copyAugmentations.map { $0.count == copySources.count } ?? true, "one augmentation per copy")
        precondition(copySources.allSatisfy(table.labels.indices.contains), "copy source outside the table")
        precondition(copies.dimension == table.dimension && extra.dimension == table.dimension, "rows of another width")
        self.table = table
        self.copies = copies
        self.copySources = copySources
        self.copyAugmentations = copyAugmentations ?? Array(repeating: .none, count: copySources.count)
        self.extra = extra
    }

    /// The speeds of the copies that are played faster or slower and nothing else, in the
    /// order first made: the speeds a model trained on the set may hear recordings at too
    /// (``TrainingConfiguration/testTimeSpeeds(of:)``, ``TrainedModel/testTimeSpeeds``).
    public var testTimeSpeeds: [Double] {
        var speeds: [Double] = []
        for augmentation in copyAugmentations where augmentation.changesSpeedOnly {
            if !speeds.contains(augmentation.speed) { speeds.append(augmentation.speed) }
        }
        return speeds
    }

    /// ``table`` with each row heard through every view of a model with `speeds`: the row,
    /// then its copy at each speed (the row again where no such copy was made), as
    /// ``TrainedModel/predictProbabilities(batch:width:)`` reads them. Same rows as ``table``.
    public func viewTable(speeds: [Double]) -> FeatureTable {
        guard !speeds.isEmpty else { return table }
        var copyOf: [[Double: Int]] = Array(repeating: [:], count: table.count)
        for (copy, augmentation) in copyAugmentations.enumerated() where augmentation.changesSpeedOnly && speeds.contains(augmentation.speed) {
            copyOf[copySources[copy]][augmentation.speed] = copy
        }
        var views = FeatureTable(dimension: table.dimension * (speeds.count + 1))
        for row in 0..<table.count {
            let own = table.row(row)
            views.append(features: own + speeds.flatMap { speed in copyOf[row][speed].map { copies.row($0) } ?? own },
                         recording: table.recordings[row])
        }
        return views
    }

    /// Whether there are rows beyond the table's.
    public var hasTrainingOnlyRows: Bool { copies.count > 0 || extra.count > 0 }

    /// One table holding the real rows first (same indices as ``table``), then the copies
    /// and the extra rows, and the rows of it to train on when `trainRows` of ``table``
    /// train: those rows, their copies and every extra row.
    public func combined(trainRows: [Int]) -> (table: FeatureTable, trainRows: [Int]) {
        guard hasTrainingOnlyRows else { return (table, trainRows) }
        var all = table
        all.append(contentsOf: copies)
        all.append(contentsOf: extra)
        let training = Set(trainRows)
        let copyRows = copySources.indices.filter { training.contains(copySources[$0]) }.map { table.count + $0 }
        let extraRows = extra.recordings.indices.map { table.count + copies.count + $0 }
        return (all, trainRows + copyRows + extraRows)
    }
}

extension TrainingSet {
    /// The set with augmented copies of every row of ``table``, one per augmentation, made
    /// from the recordings' audio with `configuration` (how the table's features were
    /// made) on `threads` threads. A recording that cannot be read again gets no copies.
    ///
    /// - Parameters:
    ///   - augmentations: the copies made of each recording (identities are skipped).
    ///   - configuration: how the table's features were made; the copies are made alike.
    ///   - threads: worker threads; all active processors when `nil`.
    ///   - progress: called with (files done, files in all).
    public func augmented(
        with augmentations: [Augmentation], configuration: FeatureConfiguration, threads: Int? = nil,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> TrainingSet {
        let kinds = augmentations.filter { !$0.isIdentity }
        guard !kinds.isEmpty else { return self }
        let total = table.count
        var perFile: (@Sendable (Int) -> Void)?
        if let progress { perFile = { @Sendable done in progress(done, total) } }
        let results = FeatureExtractor(configuration: configuration, threads: threads)
            .extract(table.recordings.map(\.url), augmentations: kinds, progress: perFile)
        var set = self
        for (row, result) in results.enumerated() {
            guard case .success(let vectors) = result else { continue }
            for (vector, augmentation) in zip(vectors, kinds) {
                set.copies.append(features: vector, recording: table.recordings[row])
                set.copySources.append(row)
                set.copyAugmentations.append(augmentation)
            }
        }
        return set
    }
}
