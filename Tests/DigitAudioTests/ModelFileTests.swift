import Foundation
import Testing
@testable import DigitAudio

@Suite struct ModelFileTests {
    private func model() -> TrainedModel {
        var generator = SeededGenerator(seed: 21)
        let network = Network(architecture: smallArchitecture(dropout: 0.25), generator: &generator)
        let standardizer = Standardizer(mean: (0..<6).map { Float($0) }, std: (0..<6).map { Float($0 + 1) / 2 })
        return TrainedModel(network: network, standardizer: standardizer,
                            featureConfiguration: FeatureConfiguration(sampleRate: nil, coefficients: 6, pooling: .mean),
                            metadata: ["best_epoch": "17"])
    }

    /// The model file with one change to its tensors or metadata.
    private func altered(_ change: (inout SafeTensors) -> Void) -> Data {
        var file = ModelFile.safeTensors(of: model())
        change(&file)
        return file.encoded()
    }

    private func expectError(_ data: Data, _ message: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let error = #expect(throws: FileFormatError.self, sourceLocation: sourceLocation) {
            try ModelFile.decode(data, file: "model.safetensors")
        }
        #expect(error?.description == "model.safetensors: " + message, sourceLocation: sourceLocation)
    }

    @Test func roundTripsThroughAFileAndPredictsTheSame() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("model.safetensors")
        try ModelFile.write(model(), to: url)
        let read = try ModelFile.read(from: url)
        #expect(read == model())
        #expect(read.featureConfiguration.sampleRate == nil)
        #expect(read.classNames == digitNames)
        let features: [Float] = [0.5, 1, -2, 3, 4, 5]
        #expect(read.predictProbabilities(features: features) == model().predictProbabilities(features: features))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["model.safetensors"])
    }

    @Test func anEnsembleRoundTripsWithItsMembersPrefixed() throws {
        var ensemble = model()
        var generator = SeededGenerator(seed: 22)
        ensemble.ensembleMembers = [Network(architecture: smallArchitecture(dropout: 0.25), generator: &generator)]
        let file = ModelFile.safeTensors(of: ensemble)
        let single = ModelFile.safeTensors(of: model()).names
        #expect(file.names == single + single.filter { $0.hasPrefix("dense_") }.map { "member_1." + $0 })
        let read = try ModelFile.decode(file.encoded(), file: "model.safetensors")
        #expect(read == ensemble && read.networks.count == 2)
        let features: [Float] = [0.5, 1, -2, 3, 4, 5]
        #expect(read.predictProbabilities(features: features) != model().predictProbabilities(features: features))
        // A member missing a tensor is an error naming it.
        var broken = file
        broken = SafeTensors(metadata: file.metadata)
        for name in file.names where name != "member_1.dense_1.bias" { broken.append(name, file[name]!) }
        expectError(broken.encoded(), "missing tensor 'member_1.dense_1.bias'")
    }

    @Test func namesTensorsAndMetadataAsDocumented() {
        let file = ModelFile.safeTensors(of: model())
        #expect(file.names == ["dense_0.kernel", "dense_0.bias", "dense_1.kernel", "dense_1.bias",
                               "dense_2.kernel", "dense_2.bias", "standardizer.mean", "standardizer.std"])
        #expect(file["dense_0.kernel"]?.shape == [6, 12])
        #expect(file.metadata["format"] == "digitviz-mlp" && file.metadata["version"] == "1")
        #expect(file.metadata["best_epoch"] == "17")
        #expect(file.metadata["classes"] == "[\"zero\",\"one\",\"two\",\"three\",\"four\",\"five\",\"six\",\"seven\",\"eight\",\"nine\"]")
        #expect(file.metadata["architecture"]?.contains("\"hidden\":[{\"activation\":\"relu\",\"dropout\":0.25,\"units\":12}") == true)
    }

    @Test func rejectsForeignOrInconsistentFiles() {
        expectError(altered { $0.metadata["format"] = nil }, "not a digitviz model: no 'format' metadata")
        expectError(altered { $0.metadata["format"] = "pytorch" }, "not a digitviz model: format is 'pytorch', expected 'digitviz-mlp'")
        expectError(altered { $0.metadata["version"] = "2" }, "unsupported model version '2', expected '1'")
        expectError(altered { $0.metadata["architecture"] = nil }, "missing 'architecture' metadata")
        expectError(altered { $0.metadata["architecture"] = "{\"inputs\": 6}" }, "'architecture' metadata is not valid: {\"inputs\": 6}")
        expectError(altered { $0.metadata["features"] = "[]" }, "'features' metadata is not valid: []")
        expectError(altered { $0.metadata["classes"] = "[\"a\",\"b\"]" }, "'classes' names 2 classes but the network has 10 outputs")
    }

    /// Feature settings that would crash or exhaust the analysis, or that do not make the
    /// network's input, are refused when the file is read.
    @Test func rejectsFeatureSettingsOutOfBoundsOrInconsistent() {
        func features(_ change: (inout FeatureConfiguration) -> Void) -> String {
            var configuration = FeatureConfiguration(sampleRate: nil, coefficients: 6, pooling: .mean)
            change(&configuration)
            return String(decoding: try! JSONEncoder().encode(configuration), as: UTF8.self)
        }
        let cases: [(String, String)] = [
            (features { $0.hopLength = 0 }, "hop length 0 is outside 1–2048 (the FFT size)"),
            (features { $0.fftSize = 1001 }, "FFT size 1001 is not an even number of samples in 16–65536"),
            (features { $0.fftSize = 1 << 40 }, "FFT size 1099511627776 is not an even number of samples in 16–65536"),
            (features { $0.melBands = 0 }, "0 mel bands is outside 1–512"),
            (features { $0.sampleRate = -8000 }, "sample rate -8000 Hz is outside 1000–384000 Hz"),
            (features { $0.droppedLowBands = -3 }, "dropped low bands -3 is negative"),
            (features { $0.coefficients = 0 }, "coefficients 0 must be at least 1"),
            (features { $0.topDB = -1 }, "top dB -1.0 must be positive and finite"),
        ]
        for (json, problem) in cases {
            expectError(altered { $0.metadata["features"] = json }, "invalid 'features' metadata: \(problem)")
        }
        expectError(altered { $0.metadata["features"] = features { $0.pooling = .meanStd } },
                    "'features' metadata gives 12 numbers per recording (6 coefficients pooled by mean+std) but the network takes 6")
    }

    @Test func rejectsMissingMisshapenExtraOrNonFiniteTensors() {
        let original = ModelFile.safeTensors(of: model())
        func rebuilt(_ transform: (String, SafeTensors.Tensor) -> (String, SafeTensors.Tensor)?, extra: Bool = false) -> Data {
            altered { file in
                var copy = SafeTensors(metadata: file.metadata)
                for name in original.names { if let (n, t) = transform(name, original[name]!) { copy.append(n, t) } }
                if extra { copy.append("dense_9.kernel", .init(shape: [1], values: [0])) }
                file = copy
            }
        }
        expectError(rebuilt { $0 == "dense_1.bias" ? nil : ($0, $1) }, "missing tensor 'dense_1.bias'")
        expectError(rebuilt { $0 == "dense_0.kernel" ? ($0, .init(shape: [12, 6], values: $1.values)) : ($0, $1) },
                    "tensor 'dense_0.kernel' has shape [12, 6], expected [6, 12]")
        expectError(rebuilt({ ($0, $1) }, extra: true), "unexpected tensor 'dense_9.kernel'")
        expectError(rebuilt { $0 == "dense_2.bias" ? ($0, .init(shape: $1.shape, values: $1.values.map { _ in .nan })) : ($0, $1) },
                    "tensor 'dense_2.bias' holds NaN or infinite values")
        expectError(rebuilt { $0 == "standardizer.std" ? ($0, .init(shape: $1.shape, values: $1.values.map { -$0 })) : ($0, $1) },
                    "tensor 'standardizer.std' must be positive")
    }

    @Test func corruptBytesOnDiskNameTheFile() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("broken.safetensors")
        var data = ModelFile.safeTensors(of: model()).encoded()
        data.removeLast(4)
        try data.write(to: url)
        let error = #expect(throws: FileFormatError.self) { try ModelFile.read(from: url) }
        #expect(error?.description.hasPrefix(url.path + ": ") == true)
    }
}
