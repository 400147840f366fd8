import CBLAS

/// The matrix products the network needs, through OpenBLAS' `cblas_sgemm`, on row-major matrices.
enum BLAS {
    /// Runs once: OpenBLAS is told to use one thread, so results are bit-identical from run
    /// to run (the summation order does not depend on a thread split) and the small products
    /// of a batch of 16 do not pay for thread hand-offs. This is process-wide.
    private static let singleThreaded: Void = openblas_set_num_threads(1)

    /// Makes sure OpenBLAS is configured (see `singleThreaded`); cheap after the first call.
    static func configure() { _ = singleThreaded }

    /// C = α · op(A) · op(B) + β · C, where op(A) is m × k, op(B) is k × n and C is m × n,
    /// all row-major and densely packed (leading dimensions are the stored row lengths).
    @inline(__always)
    static func gemm(
        transposeA: Bool = false, transposeB: Bool = false, m: Int, n: Int, k: Int,
        alpha: Float = 1, a: UnsafePointer<Float>, b: UnsafePointer<Float>,
        beta: Float = 0, c: UnsafeMutablePointer<Float>
    ) {
        cblas_sgemm(
            CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
            blasint(m), blasint(n), blasint(k), alpha,
            a, blasint(transposeA ? m : k), b, blasint(transposeB ? k : n), beta, c, blasint(n))
    }
}
