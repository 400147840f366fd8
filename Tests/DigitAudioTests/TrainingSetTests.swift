import Foundation
import Testing
@testable import DigitAudio

/// Training-only rows: copies train only with their source, extra rows always.
@Suite struct TrainingSetTests {
    func table(_ names: [String]) -> FeatureTable {
        var table = FeatureTable(dimension: 1)
        for (i, name) in names.enumerated() {
            table.append(features: [Float(i)], recording: Recording(url: URL(fileURLWithPath: "/r/\(name)"), digit: i % 10))
        }
        return table
    }

    @Test func copiesFollowTheirSourceAndExtraRowsAlwaysTrain() {
        let real = table(["a", "b", "c"])
        var copies = FeatureTable(dimension: 1)
        copies.append(features: [10], recording: real.recordings[0])
        copies.append(features: [12], recording: real.recordings[2])
        let set = TrainingSet(table: real, copies: copies, copySources: [0, 2], extra: table(["x"]))
        let (all, rows) = set.combined(trainRows: [0, 1])
        #expect(all.count == 6)
        #expect(Array(all.features[0..<3]) == real.features)       // real rows keep their indices
        #expect(rows == [0, 1, 3, 5])                                // copy of row 2 (index 4) stays out
        #expect(TrainingSet(real).combined(trainRows: [2]).trainRows == [2])
    }

    /// Augmented copies of recordings on disk: one per augmentation, tied to their row.
    @Test func augmentedCopiesFromAudio() throws {
        let scan = try DatasetScanner().scan(repositoryRoot.appendingPathComponent("data"))
        let recordings = Array(scan.recordings.prefix(3))
        let configuration = FeatureConfiguration.digitviz
        let vectors = FeatureExtractor(configuration: configuration).extract(recordings.map(\.url)).map { try! $0.get() }
        let real = FeatureTable(dimension: configuration.dimension, features: vectors.flatMap { $0 }, recordings: recordings)
        let set = TrainingSet(real).augmented(with: AugmentationPlan.light.augmentations(), configuration: configuration)
        #expect(set.copies.count == 6)
        #expect(set.copySources == [0, 0, 1, 1, 2, 2])
        #expect(set.copies.row(0) != real.row(0))
        #expect(set.copies.labels == [0, 0, 1, 1, 2, 2].map { real.labels[$0] })
    }
}
