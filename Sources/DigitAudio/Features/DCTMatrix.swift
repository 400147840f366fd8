import CKernels
import Glibc

/// The orthonormal DCT-II as a matrix, `scipy.fft.dct(x, type=2, norm="ortho")`, keeping
/// the first `outputs` coefficients of an `inputs`-point transform.
///
/// X[k] = √(2/N) · c(k) · Σₙ x[n] · cos(π k (2n + 1) / 2N), with c(0) = 1/√2, else 1.
package struct DCTMatrix: Sendable {
    /// Rows: coefficients kept.
    let outputs: Int
    /// Columns: transform length N.
    let inputs: Int
    /// Row-major `outputs × inputs` weights.
    let weights: [Float]
    /// The same, transposed (`inputs × outputs`), for the matrix-product kernel; and its zero bias.
    private let transposed: [Float]
    private let zeros: [Float]

    package init(outputs: Int, inputs: Int) {
        precondition(outputs <= inputs, "cannot keep more coefficients than inputs")
        let n = Double(inputs)
        var weights = [Float](repeating: 0, count: outputs * inputs)
        for k in 0..<outputs {
            let scale = sqrt(2 / n) * (k == 0 ? 1 / sqrt(2.0) : 1)
            for i in 0..<inputs {
                weights[k * inputs + i] = Float(scale * cos(Double.pi * Double(k) * (2 * Double(i) + 1) / (2 * n)))
            }
        }
        self.outputs = outputs
        self.inputs = inputs
        self.weights = weights
        transposed = (0..<inputs * outputs).map { weights[($0 % outputs) * inputs + $0 / outputs] }
        zeros = [Float](repeating: 0, count: outputs)
    }

    /// Transforms `frames` rows of `inputs` values (row-major `frames × inputs`) into
    /// `outputs × frames` coefficients (row-major), the layout of an MFCC matrix.
    package func apply(_ rows: [Float], frames: Int, into result: inout [Float]) {
        precondition(rows.count == frames * inputs && result.count == outputs * frames, "shape mismatch")
        rows.withUnsafeBufferPointer { rows in
            result.withUnsafeMutableBufferPointer { apply(rows.baseAddress!, frames: frames, into: $0.baseAddress!) }
        }
    }

    /// ``apply(_:frames:into:)`` on raw buffers: `rows` holds `frames × inputs` values,
    /// `result` room for `outputs × frames`. One small matrix product (CKernels), then a
    /// transpose into the MFCC layout.
    func apply(_ rows: UnsafePointer<Float>, frames: Int, into result: UnsafeMutablePointer<Float>) {
        let product = UnsafeMutablePointer<Float>.allocate(capacity: frames * outputs)
        defer { product.deallocate() }
        ckernels_dense_forward(nil, rows, frames, inputs, transposed, zeros, outputs, product)
        for t in 0..<frames {
            for k in 0..<outputs { result[k * frames + t] = product[t * outputs + k] }
        }
    }
}
