import Testing
@testable import DigitAudio

/// Checks the training workspace's backpropagation against central finite differences.
@Suite struct GradientTests {
    /// Mean batch loss with the workspace's current parameters and the dropout masks that
    /// `generator` (a copy, so every call draws the same masks) produces.
    private func loss(_ workspace: TrainingWorkspace, rows: Int, generator: SeededGenerator) -> Double {
        var generator = generator
        let probabilities = workspace.forward(rows: rows, training: true, generator: &generator)
        return CategoricalCrossEntropy.evaluate(
            probabilities: probabilities, labels: workspace.labels, rows: rows, classes: 10).lossSum / Double(rows)
    }

    @Test(arguments: [0.0, 0.25])
    func backpropagationMatchesFiniteDifferences(dropout: Double) {
        let architecture = Architecture(inputs: 5, hidden: [
            .init(units: 7, activation: .relu, dropout: dropout),
            .init(units: 6, activation: .tanh, dropout: dropout),
            .init(units: 4, activation: .sigmoid),
        ], classes: 10)
        checkGradients(architecture)
    }

    /// Convolutions (with max pooling between them, and either global pooling) in front of
    /// the dense layers: 9 frames of 3 channels.
    @Test(arguments: ConvolutionFront.GlobalPooling.allCases)
    func convolutionBackpropagationMatchesFiniteDifferences(pooling: ConvolutionFront.GlobalPooling) {
        let front = ConvolutionFront(frames: 9, channels: 3, layers: [
            .init(filters: 4, width: 3, pool: 2), .init(filters: 5, width: 2),
        ], globalPooling: pooling)
        checkGradients(Architecture(inputs: 27, convolution: front,
                                    hidden: [.init(units: 6, activation: .relu, dropout: 0.25)], classes: 10))
    }

    /// Compares every parameter's gradient from backpropagation with the finite difference.
    private func checkGradients(_ architecture: Architecture) {
        var generator = SeededGenerator(seed: 9)
        let network = Network(architecture: architecture, generator: &generator)
        let rows = 4, inputs = architecture.inputs
        let workspace = TrainingWorkspace(network: network, capacity: rows)
        for i in 0..<rows * inputs { workspace.input[i] = generator.nextFloat(from: -2, to: 2) }
        for r in 0..<rows { workspace.labels[r] = (3 * r + 1) % 10 }

        let masks = generator
        var forGradients = masks
        let analytic = workspace.computeGradients(rows: rows, generator: &forGradients)
        #expect(abs(analytic.lossSum / Double(rows) - loss(workspace, rows: rows, generator: masks)) < 1e-6)
        let gradients = Array(workspace.gradients)

        let h: Float = 1e-3
        var worst = 0.0
        for index in 0..<workspace.parameters.count {
            let saved = workspace.parameters[index]
            workspace.parameters[index] = saved + h
            let up = loss(workspace, rows: rows, generator: masks)
            workspace.parameters[index] = saved - h
            let down = loss(workspace, rows: rows, generator: masks)
            workspace.parameters[index] = saved
            let numeric = (up - down) / Double(2 * h)
            // Float32 losses make the numeric gradient noisy by about 1e-4; allow for that.
            let error = abs(numeric - Double(gradients[index])) / (5e-4 + 1e-2 * abs(numeric))
            worst = max(worst, error)
        }
        #expect(worst < 0.5, "worst gradient error, as a fraction of the tolerance: \(worst)")
    }
}
