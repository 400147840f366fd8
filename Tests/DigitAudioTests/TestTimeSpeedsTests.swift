import Foundation
import Testing
@testable import DigitAudio

/// Test-time speeds: a model that hears each recording as it is and at the speeds of its
/// training copies, its probabilities the geometric mean over those views.
@Suite struct TestTimeSpeedsTests {
    private func model(speeds: [Double] = [0.85, 1.15]) -> TrainedModel {
        var generator = SeededGenerator(seed: 5)
        let network = Network(architecture: smallArchitecture(dropout: 0.25), generator: &generator)
        return TrainedModel(network: network, standardizer: Standardizer(mean: Array(repeating: 0, count: 6), std: Array(repeating: 1, count: 6)),
                            featureConfiguration: FeatureConfiguration(sampleRate: nil, coefficients: 6, pooling: .mean),
                            testTimeSpeeds: speeds)
    }

    /// Views, their width, and the widths a model reads: one view or every view.
    @Test func viewsAndWidths() {
        let heard = model()
        #expect(heard.views == [.none, Augmentation(speed: 0.85), Augmentation(speed: 1.15)])
        #expect(heard.viewWidth == 18)
        #expect(heard.accepts(width: 6) && heard.accepts(width: 18) && !heard.accepts(width: 12))
        #expect(model(speeds: []).views == [.none] && model(speeds: []).viewWidth == 6)
    }

    /// Every view's probabilities combined: the normalised geometric mean of each view's
    /// (within 1e-5), three identical views give the view's own, and a batch of rows gives
    /// each row what it gives alone.
    @Test func probabilitiesAreTheGeometricMeanOfTheViews() {
        let heard = model()
        let views: [[Float]] = [[0.5, 1, -2, 3, 4, 5], [1, 0, 0.5, -1, 2, 2], [-3, 1, 1, 0.25, 0, 1]]
        let each = views.map { heard.predictProbabilities(features: $0) }
        let product = (0..<10).map { c in exp(views.indices.map { log(Double(each[$0][c])) }.reduce(0, +) / 3) }
        let expected = product.map { $0 / product.reduce(0, +) }
        let combined = heard.predictProbabilities(features: views.flatMap { $0 })
        #expect(zip(combined, expected).allSatisfy { abs(Double($0) - $1) < 1e-5 })
        #expect(abs(combined.reduce(0, +) - 1) < 1e-5)
        let same = heard.predictProbabilities(features: views[0] + views[0] + views[0])
        #expect(zip(same, each[0]).allSatisfy { abs($0 - $1) < 1e-5 })
        let batch = heard.predictProbabilities(batch: (views + views.reversed()).flatMap { $0 }, width: 18)
        #expect(Array(batch[0..<10]) == combined)
        #expect(Array(batch[10..<20]) == heard.predictProbabilities(features: views.reversed().flatMap { $0 }))
    }

    /// The speeds are stored in the model file and read back; an invalid list is one line.
    @Test func speedsRoundTripThroughTheModelFile() throws {
        let file = ModelFile.safeTensors(of: model())
        #expect(file.metadata[ModelFile.testTimeSpeedsKey] == "[0.85,1.15]")
        #expect(try ModelFile.decode(file.encoded(), file: "m.safetensors") == model())
        #expect(ModelFile.safeTensors(of: model(speeds: [])).metadata[ModelFile.testTimeSpeedsKey] == nil)
        for bad in ["[0.1]", "[1e308]", "[1,1,1,1,1,1,1,1,1]", "\"fast\"", "[null]"] {
            var altered = file
            altered.metadata[ModelFile.testTimeSpeedsKey] = bad
            let error = #expect(throws: FileFormatError.self) { try ModelFile.decode(altered.encoded(), file: "m.safetensors") }
            #expect(error?.description.contains("'test_time_speeds'") == true, "\(bad): \(String(describing: error))")
        }
    }

    /// A set's test-time speeds are those of its copies that change the speed alone, and its
    /// view table puts each recording's copies at those speeds after it.
    @Test func viewTableOfATrainingSet() throws {
        let scan = try DatasetScanner().scan(repositoryRoot.appendingPathComponent("data"))
        let recordings = Array(scan.recordings.prefix(2))
        let configuration = FeatureConfiguration.digitviz
        let vectors = FeatureExtractor(configuration: configuration).extract(recordings.map(\.url)).map { try! $0.get() }
        let table = FeatureTable(dimension: configuration.dimension, features: vectors.flatMap { $0 }, recordings: recordings)
        let set = TrainingSet(table).augmented(with: AugmentationPlan.full.augmentations(), configuration: configuration)
        #expect(set.testTimeSpeeds == [0.85, 1.15])
        #expect(TrainingSet(table).augmented(with: AugmentationPlan.light.augmentations(), configuration: configuration).testTimeSpeeds == [])
        let views = set.viewTable(speeds: [1.15, 0.85])
        #expect(views.count == 2 && views.dimension == 3 * table.dimension && views.recordings == table.recordings)
        let slow = set.copies.row(set.copyAugmentations.firstIndex(of: Augmentation(speed: 0.85))!)
        let fast = set.copies.row(set.copyAugmentations.firstIndex(of: Augmentation(speed: 1.15))!)
        #expect(Array(views.row(0)) == Array(table.row(0)) + Array(fast) + Array(slow))
        #expect(views.firstView(width: table.dimension).row(1) == table.row(1))
        // A speed with no copies: the recording itself stands in.
        #expect(Array(set.viewTable(speeds: [0.9]).row(1)) == Array(table.row(1)) + Array(table.row(1)))
        // The same views as a model's extraction makes from the files.
        let heard = FeatureExtractor(configuration: configuration).extract(recordings.map(\.url), augmentations: [.none, Augmentation(speed: 1.15), Augmentation(speed: 0.85)])
        #expect(try heard.map { try $0.get().flatMap { $0 } } == [Array(views.row(0)), Array(views.row(1))])
    }
}
