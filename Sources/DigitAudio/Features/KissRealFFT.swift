import CKissFFT

/// A forward real FFT of any even size through KissFFT (BSD-licensed): the fallback of
/// ``RealFFT`` for sizes that are not powers of two.
///
/// Owns its KissFFT plan. Not thread-safe: keep one per thread.
final class KissRealFFT {
    /// The transform size.
    let size: Int
    private let plan: kiss_fftr_cfg
    private var spectrum: [kiss_fft_cpx]

    /// Plans a transform of `size` real samples (`size` even).
    init(size: Int) {
        precondition(size > 0 && size % 2 == 0, "FFT size must be even")
        self.size = size
        plan = kiss_fftr_alloc(Int32(size), 0, nil, nil)!
        spectrum = [kiss_fft_cpx](repeating: kiss_fft_cpx(), count: size / 2 + 1)
    }

    deinit { ckissfft_fftr_free(plan) }

    /// Writes |X[k]|² for k = 0 … size/2 of the real signal `input` (size samples) into `power`.
    func powerSpectrum(_ input: UnsafePointer<Float>, into power: UnsafeMutablePointer<Float>) {
        spectrum.withUnsafeMutableBufferPointer { bins in
            kiss_fftr(plan, input, bins.baseAddress)
            for k in 0..<bins.count {
                let re = bins[k].r, im = bins[k].i
                power[k] = re * re + im * im
            }
        }
    }
}
