import Foundation
import Testing
@testable import DigitAudio

/// digitviz's convolutional networks against Keras (fixture from `scripts/make-conv-fixture.py`),
/// and the shapes and limits of a ``ConvolutionFront``.
@Suite struct ConvolutionTests {
    /// Keras' weights and outputs for Conv1D(4, 3) → MaxPooling1D(2) → Conv1D(5, 2) →
    /// global pooling → Dense(6) → Dense(10, softmax) on 9 frames × 3 channels.
    private struct KerasFixture: Decodable {
        let frames: Int, channels: Int
        let inputs: [[Float]]
        let conv0Kernel: [[[Float]]], conv0Bias: [Float], conv1Kernel: [[[Float]]], conv1Bias: [Float]
        let dense0Kernel: [[Float]], dense0Bias: [Float], dense1Kernel: [[Float]], dense1Bias: [Float]
        let max: [[Float]], mean: [[Float]]

        enum CodingKeys: String, CodingKey {
            case frames, channels, inputs, max, mean
            case conv0Kernel = "conv_0.kernel", conv0Bias = "conv_0.bias", conv1Kernel = "conv_1.kernel", conv1Bias = "conv_1.bias"
            case dense0Kernel = "dense_0.kernel", dense0Bias = "dense_0.bias", dense1Kernel = "dense_1.kernel", dense1Bias = "dense_1.bias"
        }

        /// The same network in digitviz, with `pooling` at the end of the convolutions.
        func network(_ pooling: ConvolutionFront.GlobalPooling) -> Network {
            let front = ConvolutionFront(frames: frames, channels: channels,
                                         layers: [.init(filters: 4, width: 3, pool: 2), .init(filters: 5, width: 2)],
                                         globalPooling: pooling)
            let architecture = Architecture(inputs: frames * channels, convolution: front,
                                            hidden: [.init(units: 6, activation: .relu)], classes: 10)
            func dense(_ kernel: [[Float]], _ bias: [Float]) -> Dense {
                Dense(inputs: kernel.count, outputs: bias.count, kernel: kernel.flatMap { $0 }, bias: bias)
            }
            return Network(architecture: architecture,
                           convolutions: [dense(conv0Kernel.flatMap { $0 }, conv0Bias), dense(conv1Kernel.flatMap { $0 }, conv1Bias)],
                           layers: [dense(dense0Kernel, dense0Bias), dense(dense1Kernel, dense1Bias)])
        }
    }

    private func kerasFixture() throws -> KerasFixture {
        try JSONDecoder().decode(KerasFixture.self, from: Data(contentsOf: fixture("keras-conv/conv.json")))
    }

    /// Float32 sums in another order than Keras': probabilities agree to 1e-6.
    @Test(arguments: ConvolutionFront.GlobalPooling.allCases)
    func matchesKeras(pooling: ConvolutionFront.GlobalPooling) throws {
        let keras = try kerasFixture()
        let probabilities = keras.network(pooling).predictProbabilities(batch: keras.inputs.flatMap { $0 })
        let expected = (pooling == .max ? keras.max : keras.mean).flatMap { $0 }
        #expect(probabilities.count == expected.count)
        let worst = zip(probabilities, expected).map { abs($0 - $1) }.max() ?? .infinity
        #expect(worst < 1e-6, "largest difference from Keras: \(worst)")
    }

    @Test func roundTripsThroughTheModelFileInKerasLayout() throws {
        let keras = try kerasFixture()
        let network = keras.network(.max)
        let model = TrainedModel(network: network, standardizer: .identity(dimension: 27),
                                 featureConfiguration: FeatureConfiguration(coefficients: 3, pooling: .sequence, segmentCount: 9))
        let file = ModelFile.safeTensors(of: model)
        #expect(file.names.prefix(4) == ["conv_0.kernel", "conv_0.bias", "conv_1.kernel", "conv_1.bias"])
        #expect(file["conv_0.kernel"]?.shape == [3, 3, 4])
        #expect(file["conv_1.kernel"]?.shape == [2, 4, 5])
        #expect(file["conv_1.kernel"]?.values == keras.conv1Kernel.flatMap { $0.flatMap { $0 } })
        let read = try ModelFile.decode(file.encoded(), file: "cnn.safetensors")
        #expect(read == model)
        #expect(read.architecture.convolution?.globalPooling == .max)
    }

    @Test func describesItsShapesAndRefusesWhatDoesNotFit() {
        let front = ConvolutionFront(frames: 32, channels: 20, layers: ConvolutionFront.standardLayers)
        #expect(front.positions == [30, 13, 4])
        #expect(front.kernelShapes.map(\.inputs) == [60, 192, 192])
        #expect(front.parameterCount == 60 * 64 + 64 + 2 * (192 * 64 + 64))
        #expect(front.problem == nil)
        #expect(ConvolutionFront(frames: 16, channels: 20, layers: ConvolutionFront.standardLayers).problem
            == "convolution 2 spans 3 frames and pools 1, but only 2 frames reach it")
        #expect(ConvolutionFront(frames: 4, channels: 20, layers: ConvolutionFront.standardLayers).problem
            == "convolution 1 spans 3 frames and pools 2, but only 1 frames reach it")
        #expect(ConvolutionFront(frames: 16, channels: 20, layers: []).problem == "a convolutional front needs at least one layer")
        let mismatched = Architecture(inputs: 100, convolution: front, hidden: [], classes: 10)
        #expect(mismatched.problem == "the convolutions take 32 frames × 20 channels, not 100 inputs")
    }

    @Test func trainerRefusesConvolutionsOnPooledFeatures() {
        let configuration = TrainingConfiguration(convolutionLayers: ConvolutionFront.standardLayers)
        #expect(throws: InputError.self) {
            try configuration.architecture(dimension: 120, features: .digitviz, classes: 10)
        }
        #expect(NetworkKind.cnn.architecture.inputs == FeatureConfiguration.digitvizFrames.dimension)
        #expect(NetworkKind.cnn.architecture.convolution?.frames == 32)
    }
}
