import Foundation
import Testing
@testable import DigitAudio

@Suite struct LayerTests {
    @Test func denseForwardIsInputTimesKernelPlusBias() {
        // x: 2×3, W: 3×2 row-major.
        let x: [Float] = [1, 2, 3, -1, 0, 2]
        let kernel: [Float] = [1, 0, 0, 1, 2, -1]
        let bias: [Float] = [0.5, -0.5]
        var output = [Float](repeating: .nan, count: 4)
        Dense.forward(input: x, rows: 2, kernel: kernel, bias: bias, inputs: 3, outputs: 2, output: &output)
        #expect(output == [7.5, -1.5, 3.5, -2.5])
    }

    @Test func denseBackwardGivesTransposedProducts() {
        let x: [Float] = [1, 2, 3, -1, 0, 2]
        let kernel: [Float] = [1, 0, 0, 1, 2, -1]
        let dY: [Float] = [1, 2, -1, 0.5]
        var dW = [Float](repeating: .nan, count: 6), db = [Float](repeating: .nan, count: 2), dX = [Float](repeating: .nan, count: 6)
        Dense.backward(input: x, outputGradient: dY, rows: 2, kernel: kernel, inputs: 3, outputs: 2,
                       kernelGradient: &dW, biasGradient: &db, inputGradient: &dX)
        #expect(dW == [2, 1.5, 2, 4, 1, 7])        // xᵀ · dY
        #expect(db == [0, 2.5])                    // column sums of dY
        #expect(dX == [1, 2, 0, -1, 0.5, -2.5])    // dY · Wᵀ
    }

    @Test func glorotUniformRespectsTheLimitAndZeroBias() {
        var generator = SeededGenerator(seed: 1)
        let layer = Dense(inputs: 40, outputs: 128, generator: &generator)
        let limit = Float((6.0 / 168).squareRoot())
        #expect(layer.kernel.allSatisfy { abs($0) <= limit })
        #expect(layer.kernel.max()! > 0.9 * limit && layer.kernel.min()! < -0.9 * limit)
        #expect(layer.bias == [Float](repeating: 0, count: 128))
    }

    @Test func activationsMatchTheirDefinitions() {
        var values: [Float] = [-1, 0, 2]
        Activation.relu.apply(to: &values, rows: 1, columns: 3)
        #expect(values == [0, 0, 2])
        values = [0, 1, -1]
        Activation.sigmoid.apply(to: &values, rows: 1, columns: 3)
        #expect(abs(values[1] - 1 / (1 + exp(-1))) < 1e-6 && values[0] == 0.5)
        values = [1, 2, 3, 1000, 1000, 1000]
        Activation.softmax.apply(to: &values, rows: 2, columns: 3)
        let e = [exp(Float(1)), exp(Float(2)), exp(Float(3))], sum = e.reduce(0, +)
        for j in 0..<3 { #expect(abs(values[j] - e[j] / sum) < 1e-6) }
        #expect(values[3...].allSatisfy { abs($0 - 1.0 / 3) < 1e-6 })
    }

    @Test func dropoutKeepsThreeQuartersScaledByFourThirds() {
        let dropout = Dropout(rate: 0.25)
        var generator = SeededGenerator(seed: 2)
        var mask = [Float](repeating: .nan, count: 10_001)
        var draws = [UInt16](repeating: 0, count: 10_004)
        dropout.fillMask(&mask, count: mask.count, draws: &draws, generator: &generator)
        #expect(mask.allSatisfy { $0 == 0 || $0 == Float(4.0 / 3.0) })
        let kept = mask.filter { $0 != 0 }.count
        #expect(abs(kept - 7500) < 200)
        #expect(!Dropout(rate: 0).isActive)
    }

    @Test func crossEntropyClipsLikeKerasAndCountsArgmax() {
        #expect(CategoricalCrossEntropy.loss(probabilityOfTrueClass: 0) == -log(Float(1e-7)))
        #expect(abs(CategoricalCrossEntropy.loss(probabilityOfTrueClass: 0.5) - log(2)) < 1e-6)
        var probabilities: [Float] = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6]
        let labels = [0, 1]
        let result = CategoricalCrossEntropy.evaluate(probabilities: probabilities, labels: labels, rows: 2, classes: 3)
        #expect(result.correct == 1)
        #expect(abs(result.lossSum - Double(-log(Float(0.7)) - log(Float(0.3)))) < 1e-6)
        CategoricalCrossEntropy.gradient(inPlace: &probabilities, labels: labels, rows: 2, classes: 3)
        let expected: [Float] = [-0.15, 0.1, 0.05, 0.05, -0.35, 0.3]
        for (a, b) in zip(probabilities, expected) { #expect(abs(a - b) < 1e-6) }
    }

    /// Three steps of Keras' update rule; with a weight decay, AdamW's. Keras 3.15 gives
    /// [0.70000350, -0.70000237] for Adam and [0.57212830, -0.57212722] for
    /// `AdamW(learning_rate=0.1, weight_decay=0.5)` from these values.
    @Test(arguments: [(Float(0), [0.70000350, -0.70000237] as [Double]), (Float(0.5), [0.57212830, -0.57212722] as [Double])])
    func adamFollowsKerasUpdateRule(weightDecay: Float, keras: [Double]) {
        var adam = Adam(parameterCount: 2, learningRate: 0.1, weightDecay: weightDecay)
        var parameters: [Float] = [1, -1]
        let gradients: [Float] = [0.5, -2]
        // Keras: θ −= θ λ lr (AdamW), m = 0.1 g, v = 0.001 g², α = lr √(1 − β2) / (1 − β1), θ −= α m / (√v + ε).
        var m: [Double] = [0, 0], v: [Double] = [0, 0], expected: [Double] = [1, -1]
        for step in 1...3 {
            parameters.withUnsafeMutableBufferPointer { p in
                gradients.withUnsafeBufferPointer { adam.update(parameters: p, gradients: $0) }
            }
            let alpha = 0.1 * (1 - pow(0.999, Double(step))).squareRoot() / (1 - pow(0.9, Double(step)))
            for i in 0..<2 {
                let g = Double(gradients[i])
                expected[i] -= expected[i] * Double(weightDecay) * 0.1
                m[i] += (g - m[i]) * 0.1
                v[i] += (g * g - v[i]) * 0.001
                expected[i] -= alpha * m[i] / (v[i].squareRoot() + 1e-7)
            }
        }
        #expect(adam.step == 3)
        for i in 0..<2 {
            #expect(abs(Double(parameters[i]) - expected[i]) < 1e-5)
            #expect(abs(Double(parameters[i]) - keras[i]) < 1e-5)
        }
    }

    @Test func standardizerUsesPopulationStdAndGuardsZero() {
        var table = FeatureTable(dimension: 2)
        for (a, b) in [(1, 5), (3, 5), (5, 5)] as [(Float, Float)] {
            table.append(features: [a, b], recording: Recording(url: URL(fileURLWithPath: "x.wav"), digit: 0))
        }
        let standardizer = Standardizer(fitting: table, rows: [0, 1, 2])
        #expect(standardizer.mean == [3, 5])
        #expect(abs(standardizer.std[0] - (8.0 / 3).squareRoot()) < 1e-6 && standardizer.std[1] == 1)
        #expect(standardizer.applied(to: [3, 7]) == [0, 2])
        #expect(Standardizer.identity(dimension: 2).applied(to: [3, 7]) == [3, 7])
    }

    @Test func architectureDefaultsToTheOriginalAndRoundTripsAsJSON() throws {
        let original = Architecture.original
        #expect(original.denseShapes.map(\.outputs) == [128, 256, 128, 10])
        #expect(original.parameterCount == 40 * 128 + 128 + 128 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10)
        #expect(original.hidden.allSatisfy { $0.activation == .relu && $0.dropout == 0.25 })
        let json = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(Architecture.self, from: json) == original)
        #expect(String(decoding: json, as: UTF8.self).contains("\"output_activation\":\"softmax\""))
        #expect(Architecture(hidden: [.init(units: 4, activation: .softmax)]).problem != nil)
        #expect(Architecture(hidden: [.init(units: 4, dropout: 1)]).problem != nil)
    }

    @Test func mlpPredictionsAreRowwiseProbabilities() {
        var generator = SeededGenerator(seed: 4)
        let network = Network(architecture: smallArchitecture(), generator: &generator)
        let batch = (0..<18).map { Float($0) / 5 - 1 }
        let probabilities = network.predictProbabilities(batch: batch)
        #expect(probabilities.count == 30)
        for row in 0..<3 { #expect(abs(probabilities[row * 10 ..< row * 10 + 10].reduce(0, +) - 1) < 1e-5) }
        // One row alone gives the same numbers as within the batch.
        let single = network.predictProbabilities(batch: Array(batch[6..<12]))
        for (a, b) in zip(single, probabilities[10..<20]) { #expect(abs(a - b) < 1e-6) }
    }
}
