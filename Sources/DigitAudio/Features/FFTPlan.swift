import Glibc

/// The precomputed tables of a power-of-two real FFT of `size` points.
///
/// The real signal is transformed as a complex signal of `half = size / 2` points
/// (z[j] = x[2j] + i·x[2j+1]) by a decimation-in-time Stockham autosort FFT
/// (``StockhamFFT``): one radix-2 pass first when `half` is not a power of 4, then radix-4
/// passes. The real spectrum then follows from the standard split (in ``RealFFT``):
/// X[k] = ½(Z[k] + Z̄[half−k]) − ½i·W^k·(Z[k] − Z̄[half−k]), W = e^(−2πi/size).
///
/// Every twiddle is computed in double precision and rounded once to `Float`. The tables
/// live in one 64-byte-aligned allocation, each table starting on a 16-byte boundary so the
/// kernels can load them as `SIMD4<Float>`. Immutable once built.
final class FFTPlan {
    /// One Stockham pass: it makes `length`-point transforms of stride `stride` (length × stride = half).
    struct Pass {
        /// The transform length n this pass makes (4 or 2 times the previous pass's).
        let length: Int
        /// The distance s between consecutive samples of one sub-transform.
        let stride: Int
        /// 4, or 2 for the first pass when `half` is not a power of 4.
        let radix: Int
        /// Offset in ``twiddles`` of this pass's table (radix 4 only), for p = 0 ..< n/4 and
        /// r = 1 … 3 the real and imaginary parts of W_n^(rp), W_n = e^(−2πi/n). The last pass
        /// (stride 1, vectorised over p) has six rows of ``rowLength`` floats, Re W^p, Im W^p,
        /// Re W^2p, …; the others (vectorised over q) have each value four times, 24 floats
        /// per p, ready to load as broadcast vectors.
        let twiddleOffset: Int
        /// The distance between the rows of the last pass's table: n/4 rounded up to 4.
        let rowLength: Int
    }

    /// The real transform size.
    let size: Int
    /// The complex transform size, `size / 2`.
    let half: Int
    /// The passes, first to last.
    let passes: [Pass]
    /// All tables: the passes' twiddles, then ``splitCosine`` and ``splitSine``.
    let twiddles: UnsafeMutablePointer<Float>
    /// cos(2πk/size) for k = 0 … half.
    let splitCosine: UnsafePointer<Float>
    /// −sin(2πk/size) for k = 0 … half.
    let splitSine: UnsafePointer<Float>

    /// Whether `size` has a plan: a power of two, at least 16.
    static func supports(size: Int) -> Bool {
        size >= 16 && size & (size - 1) == 0
    }

    /// Plans a real FFT of `size` points; `size` must be ``supports(size:)``.
    init(size: Int) {
        precondition(FFTPlan.supports(size: size), "FFTPlan needs a power of two of at least 16")
        self.size = size
        half = size / 2

        // Decimation in time: from n = 2 or 4 (no twiddles) up to n = half, stride half / n.
        var passes: [Pass] = []
        var offset = 0, length = 1
        if half.trailingZeroBitCount % 2 == 1 {
            passes.append(Pass(length: 2, stride: half / 2, radix: 2, twiddleOffset: offset, rowLength: 0))
            length = 2
        }
        while length < half {
            length *= 4
            let stride = half / length
            let rowLength = (length / 4 + 3) & ~3
            passes.append(Pass(length: length, stride: stride, radix: 4, twiddleOffset: offset, rowLength: rowLength))
            offset += stride == 1 ? 6 * rowLength : 24 * (length / 4)
        }
        self.passes = passes

        let splitLength = (half + 1 + 3) & ~3
        let count = offset + 2 * splitLength
        let raw = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Float>.stride, alignment: 64)
        twiddles = raw.initializeMemory(as: Float.self, repeating: 0, count: count)
        for pass in passes where pass.radix == 4 {
            let table = twiddles + pass.twiddleOffset
            for p in 0..<(pass.length / 4) {
                for r in 1...3 {
                    let angle = -2 * Double.pi * Double(r * p) / Double(pass.length)
                    let re = Float(cos(angle)), im = Float(sin(angle))
                    if pass.stride == 1 {
                        table[(2 * r - 2) * pass.rowLength + p] = re
                        table[(2 * r - 1) * pass.rowLength + p] = im
                    } else {
                        let slot = table + 24 * p + 8 * (r - 1)
                        for lane in 0..<4 {
                            slot[lane] = re
                            slot[4 + lane] = im
                        }
                    }
                }
            }
        }
        let cosine = twiddles + offset, sine = twiddles + offset + splitLength
        for k in 0...half {
            let angle = 2 * Double.pi * Double(k) / Double(size)
            cosine[k] = Float(cos(angle))
            sine[k] = Float(-sin(angle))
        }
        splitCosine = UnsafePointer(cosine)
        splitSine = UnsafePointer(sine)
    }

    deinit { twiddles.deallocate() }
}
