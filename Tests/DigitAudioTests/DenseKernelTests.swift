import Testing
@testable import DigitAudio

/// The dense-layer kernels (CKernels) against products summed in double precision, on
/// shapes that exercise every edge of their blocking: rows not a multiple of 6 or 3,
/// columns not a multiple of 16 or 8, layers narrower than a vector.
@Suite struct DenseKernelTests {
    static let shapes = [(rows: 16, inputs: 40, outputs: 128), (16, 128, 10), (1, 3, 2), (7, 13, 37),
                         (5, 256, 17), (23, 9, 16), (16, 16, 1), (300, 40, 128)]

    private func values(_ count: Int, _ generator: inout SeededGenerator) -> [Float] {
        (0..<count).map { _ in generator.nextFloat(from: -1, to: 1) }
    }

    @Test(arguments: shapes)
    func productsMatchDoublePrecision(rows: Int, inputs: Int, outputs: Int) {
        var generator = SeededGenerator(seed: UInt64(rows * 1_000_000 + inputs * 1_000 + outputs))
        let x = values(rows * inputs, &generator), w = values(inputs * outputs, &generator)
        let b = values(outputs, &generator), g = values(rows * outputs, &generator)
        var y = [Float](repeating: .nan, count: rows * outputs)
        var dw = [Float](repeating: .nan, count: inputs * outputs), db = [Float](repeating: .nan, count: outputs)
        var dx = [Float](repeating: .nan, count: rows * inputs)
        Dense.forward(input: x, rows: rows, kernel: w, bias: b, inputs: inputs, outputs: outputs, output: &y)
        Dense.backward(input: x, outputGradient: g, rows: rows, kernel: w, inputs: inputs, outputs: outputs,
                       kernelGradient: &dw, biasGradient: &db, inputGradient: &dx)
        // Each sum has at most 300 terms of magnitude ≤ 1: float error stays far below 1e-4.
        func close(_ a: Float, _ b: Double) -> Bool { abs(Double(a) - b) < 1e-4 }
        for r in 0..<rows {
            for j in 0..<outputs {
                let exact = Double(b[j]) + (0..<inputs).reduce(0.0) { $0 + Double(x[r * inputs + $1]) * Double(w[$1 * outputs + j]) }
                #expect(close(y[r * outputs + j], exact), "forward \(r),\(j)")
            }
            for i in 0..<inputs {
                let exact = (0..<outputs).reduce(0.0) { $0 + Double(g[r * outputs + $1]) * Double(w[i * outputs + $1]) }
                #expect(close(dx[r * inputs + i], exact), "input gradient \(r),\(i)")
            }
        }
        for i in 0..<inputs {
            for j in 0..<outputs {
                let exact = (0..<rows).reduce(0.0) { $0 + Double(x[$1 * inputs + i]) * Double(g[$1 * outputs + j]) }
                #expect(close(dw[i * outputs + j], exact), "kernel gradient \(i),\(j)")
            }
        }
        for j in 0..<outputs {
            #expect(close(db[j], (0..<rows).reduce(0.0) { $0 + Double(g[$1 * outputs + j]) }), "bias gradient \(j)")
        }
    }

    /// Shapes the team splits (the original network's, a convolution's many rows, odd
    /// widths) and shapes too small to split.
    static let teamShapes = [(rows: 16, inputs: 40, outputs: 128), (16, 128, 256), (16, 256, 128), (16, 128, 10),
                             (300, 40, 128), (37, 100, 47), (5, 256, 17), (7, 13, 37), (1, 300, 300)]

    @Test(arguments: teamShapes)
    func aTeamComputesTheSameBits(rows: Int, inputs: Int, outputs: Int) throws {
        let team = try #require(KernelTeam())
        var generator = SeededGenerator(seed: UInt64(rows * 1_000_000 + inputs * 1_000 + outputs))
        let x = values(rows * inputs, &generator), w = values(inputs * outputs, &generator)
        let b = values(outputs, &generator), g = values(rows * outputs, &generator)
        func products(_ team: KernelTeam?) -> [[Float]] {
            var y = [Float](repeating: .nan, count: rows * outputs)
            var dw = [Float](repeating: .nan, count: inputs * outputs), db = [Float](repeating: .nan, count: outputs)
            var dx = [Float](repeating: .nan, count: rows * inputs)
            Dense.forward(input: x, rows: rows, kernel: w, bias: b, inputs: inputs, outputs: outputs, output: &y, team: team)
            Dense.backward(input: x, outputGradient: g, rows: rows, kernel: w, inputs: inputs, outputs: outputs,
                           kernelGradient: &dw, biasGradient: &db, inputGradient: &dx, team: team)
            return [y, dw, db, dx]
        }
        let alone = products(nil)
        for _ in 0..<3 {  // the helper may take the second half or leave it to the caller: the same either way
            let shared = products(team)
            for (one, two) in zip(alone, shared) { #expect(one.map(\.bitPattern) == two.map(\.bitPattern)) }
        }
    }

    @Test(arguments: [71_936, 4_096, 5_001, 100])
    func aTeamTakesTheSameAdamSteps(count: Int) throws {
        let team = try #require(KernelTeam())
        var generator = SeededGenerator(seed: UInt64(count))
        let start = values(count, &generator)
        let gradients = (0..<3).map { _ in values(count, &generator) }
        func steps(_ team: KernelTeam?) -> [Float] {
            var adam = Adam(parameterCount: count)
            var parameters = start
            for gradient in gradients {
                parameters.withUnsafeMutableBufferPointer { p in
                    gradient.withUnsafeBufferPointer { adam.update(parameters: p, gradients: $0, team: team) }
                }
            }
            return parameters
        }
        #expect(steps(nil).map(\.bitPattern) == steps(team).map(\.bitPattern))
    }
}
