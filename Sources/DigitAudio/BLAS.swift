import CBLAS

/// Process-wide settings of the BLAS library (OpenBLAS).
public enum BLAS {
    private static let singleThreaded: Void = { openblas_set_num_threads(1) }()

    /// Makes OpenBLAS compute on the calling thread only. Our matrices are small (at most a
    /// few hundred rows): its worker threads cost more in wake-ups than they save, and
    /// digitviz parallelises over files itself. Also makes results independent of timing.
    public static func useOneThread() { _ = singleThreaded }
}
