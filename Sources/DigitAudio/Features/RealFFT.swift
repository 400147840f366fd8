/// A forward real FFT of fixed even size, giving the power spectrum |X[k]|², k = 0 … size/2.
///
/// Power-of-two sizes of at least 16 run a Swift Stockham radix-4 FFT (``FFTPlan``,
/// ``StockhamFFT``) of size/2 complex points followed by the real-signal split, vectorised
/// with `SIMD4<Float>`: about 4.5× faster than KissFFT at 2048 points (1.3 µs against
/// 5.8 µs on the build machine), and within 1e-6 of a double-precision DFT relative to the
/// spectrum's maximum (measured: 3e-7, as KissFFT). Other even sizes go through
/// KissFFT (``KissRealFFT``).
///
/// Owns its plan and scratch buffers and allocates nothing per call. Not thread-safe: keep
/// one per thread.
package final class RealFFT {
    /// The transform size.
    package let size: Int
    private let plan: FFTPlan?
    private let fallback: KissRealFFT?
    /// Two split complex buffers of size/2 points, ping-ponged by the passes: re A, im A, re B, im B.
    private let work: UnsafeMutablePointer<Float>

    /// Plans a transform of `size` real samples (`size` even).
    package init(size: Int) {
        precondition(size > 0 && size % 2 == 0, "FFT size must be even")
        self.size = size
        if FFTPlan.supports(size: size) {
            plan = FFTPlan(size: size)
            fallback = nil
            let raw = UnsafeMutableRawPointer.allocate(byteCount: 2 * size * MemoryLayout<Float>.stride, alignment: 64)
            work = raw.initializeMemory(as: Float.self, repeating: 0, count: 2 * size)
        } else {
            plan = nil
            fallback = KissRealFFT(size: size)
            work = .allocate(capacity: 0)
        }
    }

    deinit { work.deallocate() }

    /// Writes |X[k]|² for k = 0 … size/2 of the real signal `input` (size samples) into `power`.
    package func powerSpectrum(_ input: UnsafePointer<Float>, into power: UnsafeMutablePointer<Float>) {
        guard let plan else {
            fallback!.powerSpectrum(input, into: power)
            return
        }
        let (zr, zi) = complexTransform(input, plan: plan)
        split(zr, zi, into: power, plan: plan)
    }

    /// Z = the `half`-point DFT of z[j] = x[2j] + i·x[2j+1], returned as split arrays in `work`.
    private func complexTransform(_ x: UnsafePointer<Float>, plan: FFTPlan)
        -> (UnsafeMutablePointer<Float>, UnsafeMutablePointer<Float>) {
        let half = plan.half
        var (xr, xi) = (work + 2 * half, work + 3 * half)
        var (yr, yi) = (work, work + half)
        for (index, pass) in plan.passes.enumerated() {
            let twiddles = UnsafePointer(plan.twiddles + pass.twiddleOffset)
            if index == 0 {
                if pass.radix == 2 {
                    StockhamFFT.firstRadix2Pass(x, yr, yi, stride: pass.stride)
                } else {
                    StockhamFFT.firstRadix4Pass(x, yr, yi, stride: pass.stride)
                }
            } else if pass.stride == 4 {
                StockhamFFT.passStride4(xr, xi, yr, yi, length: pass.length, twiddles: twiddles)
            } else if pass.stride > 1 {
                StockhamFFT.pass(xr, xi, yr, yi, length: pass.length, stride: pass.stride, twiddles: twiddles)
            } else if pass.length >= 16 {
                StockhamFFT.lastPass(xr, xi, yr, yi, length: pass.length, twiddles: twiddles, rowLength: pass.rowLength)
            } else {
                StockhamFFT.lastPassScalar(xr, xi, yr, yi, length: pass.length, twiddles: twiddles, rowLength: pass.rowLength)
            }
            swap(&xr, &yr)
            swap(&xi, &yi)
        }
        return (xr, xi)
    }

    /// The real spectrum's power from the complex one. With c = Z̄[half − k] (Z[half] = Z[0]),
    /// S + iU = Z[k] + c, D + iT = Z[k] − c and W^k = wr + i·wi (W = e^(−2πi/size)):
    ///
    ///     2X[k] = (S + A) + i(U + B),   2X[half − k] = (S − A) + i(B − U),
    ///     A = wr·T + wi·D,   B = wi·T − wr·D,
    ///
    /// so each pass of the vector loop gives bins k … k+3 and, reversed, their mirrors.
    private func split(_ zr: UnsafePointer<Float>, _ zi: UnsafePointer<Float>,
                       into power: UnsafeMutablePointer<Float>, plan: FFTPlan) {
        typealias Vector = SIMD4<Float>
        let half = plan.half, mask = half - 1
        let cosine = plan.splitCosine, sine = plan.splitSine
        @inline(__always) func scalar(_ k: Int) {
            let ar = zr[k & mask], ai = zi[k & mask], cr = zr[(half - k) & mask], ci = zi[(half - k) & mask]
            let s = ar + cr, d = ar - cr, t = ai + ci, u = ai - ci
            let wr = cosine[k], wi = sine[k]
            let re = s + wr * t + wi * d, im = u - wr * d + wi * t
            power[k] = 0.25 * (re * re + im * im)
        }
        @inline(__always) func load(_ p: UnsafePointer<Float>) -> Vector {
            UnsafeRawPointer(p).loadUnaligned(as: Vector.self)
        }
        @inline(__always) func reversed(_ v: Vector) -> Vector { Vector(v[3], v[2], v[1], v[0]) }
        // Scalar: 0 … 3 and their mirrors, and the middle bin; vectors: 4 … half/2 − 1 and theirs.
        for k in 0..<4 {
            scalar(k)
            scalar(half - k)
        }
        scalar(half / 2)
        for k4 in 1..<(half / 8) {
            let k = 4 * k4, mirror = half - k - 3
            let ar = load(zr + k), ai = load(zi + k)
            let cr = reversed(load(zr + mirror)), ci = reversed(load(zi + mirror))
            let s = ar + cr, d = ar - cr, t = ai + ci, u = ai - ci
            let wr = load(cosine + k), wi = load(sine + k)
            let a = wr * t + wi * d, b = wi * t - wr * d
            let re = s + a, im = u + b, mirrorRe = s - a, mirrorIm = b - u
            UnsafeMutableRawPointer(power + k).storeBytes(of: 0.25 * (re * re + im * im), as: Vector.self)
            UnsafeMutableRawPointer(power + mirror)
                .storeBytes(of: reversed(0.25 * (mirrorRe * mirrorRe + mirrorIm * mirrorIm)), as: Vector.self)
        }
    }
}
