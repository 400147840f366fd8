/// The passes of a forward Stockham autosort complex FFT on split real/imaginary arrays,
/// decimation in time, vectorised four points at a time with `SIMD4<Float>`.
///
/// A radix-4 pass combines the n/4-point transforms of stride 4s into n-point transforms of
/// stride s (n = 4m; s·n = the transform size): for p < m, q < s,
///
///     y[q + s(p + jm)] = Σᵣ W_n^(rp) · x[q + s(4p + r)] · (−i)^(rj),   j = 0 … 3,
///
/// starting from the input itself (n = 1) and ending with n = size, s = 1, in natural order
/// without a bit-reversal. A radix-2 pass (n = 2) starts the chain when the size is not a
/// power of 4. Passes with s ≥ 4 vectorise over q with one broadcast twiddle per p; the last
/// pass (s = 1) vectorises over p, transposing each 4 × 4 block it reads. Shuffles are kept
/// on the load side: LLVM scalarises a butterfly whose results are shuffled before the store.
/// See Van Loan, *Computational Frameworks for the FFT* (1992), §1.7.
///
/// Every pointer is to `Float`s; split arrays are 16-byte aligned, the real input need not be.
enum StockhamFFT {
    /// Four lanes: four points of one transform.
    typealias Vector = SIMD4<Float>

    /// A complex vector: four points' real and imaginary parts.
    struct Complex {
        /// The real parts.
        var re: Vector
        /// The imaginary parts.
        var im: Vector

        /// Lane-wise sum.
        @inline(__always) static func + (a: Complex, b: Complex) -> Complex { Complex(re: a.re + b.re, im: a.im + b.im) }
        /// Lane-wise difference.
        @inline(__always) static func - (a: Complex, b: Complex) -> Complex { Complex(re: a.re - b.re, im: a.im - b.im) }
        /// Lane-wise complex product.
        @inline(__always) static func * (a: Complex, w: Complex) -> Complex {
            Complex(re: a.re * w.re - a.im * w.im, im: a.re * w.im + a.im * w.re)
        }
    }

    /// The four floats at `p` (16-byte aligned).
    @inline(__always) static func load(_ p: UnsafePointer<Float>) -> Vector {
        UnsafeRawPointer(p).load(as: Vector.self)
    }

    /// Writes four floats at `p` (16-byte aligned).
    @inline(__always) static func store(_ v: Vector, _ p: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(p).storeBytes(of: v, as: Vector.self)
    }

    /// Points `i` … `i`+3 of the split arrays `re`, `im`.
    @inline(__always) static func load(_ re: UnsafePointer<Float>, _ im: UnsafePointer<Float>, _ i: Int) -> Complex {
        Complex(re: load(re + i), im: load(im + i))
    }

    /// Writes points `i` … `i`+3 of the split arrays `re`, `im`.
    @inline(__always) static func store(_ c: Complex, _ re: UnsafeMutablePointer<Float>, _ im: UnsafeMutablePointer<Float>, _ i: Int) {
        store(c.re, re + i)
        store(c.im, im + i)
    }

    /// Four consecutive complex points of the interleaved `x` (re, im, re, im, …) from point `i`.
    @inline(__always) static func loadInterleaved(_ x: UnsafePointer<Float>, _ i: Int) -> Complex {
        let pair = UnsafeRawPointer(x + 2 * i).loadUnaligned(as: SIMD8<Float>.self)
        return Complex(re: pair.evenHalf, im: pair.oddHalf)
    }

    /// The radix-4 butterfly without twiddles: (a+b+c+d, a−ib−c+id, a−b+c−d, a+ib−c−id).
    @inline(__always) static func butterfly(_ a: Complex, _ b: Complex, _ c: Complex, _ d: Complex)
        -> (Complex, Complex, Complex, Complex) {
        // −i(b − d) written out: no negation, which LLVM keeps as 0 − x.
        let apc = a + c, amc = a - c, bpd = b + d, jbmd = Complex(re: b.im - d.im, im: d.re - b.re)
        return (apc + bpd, amc + jbmd, apc - bpd, amc - jbmd)
    }

    /// Rows ↔ columns of four vectors.
    @inline(__always) static func transpose(_ a: Vector, _ b: Vector, _ c: Vector, _ d: Vector)
        -> (Vector, Vector, Vector, Vector) {
        // Whole-vector shuffles (shufps), not lane extraction, which LLVM scalarises.
        let ab = SIMD8(lowHalf: a, highHalf: b), cd = SIMD8(lowHalf: c, highHalf: d)
        let even = SIMD8(lowHalf: ab.evenHalf, highHalf: cd.evenHalf)
        let odd = SIMD8(lowHalf: ab.oddHalf, highHalf: cd.oddHalf)
        return (even.evenHalf, odd.evenHalf, even.oddHalf, odd.oddHalf)
    }

    /// The first pass when it is radix 4 (n = 4, no twiddles), straight from the real signal
    /// `x` read as s·4 interleaved complex points, into the split arrays `yr`, `yi`.
    static func firstRadix4Pass(_ x: UnsafePointer<Float>, _ yr: UnsafeMutablePointer<Float>, _ yi: UnsafeMutablePointer<Float>,
                                stride s: Int) {
        for q4 in 0..<(s / 4) {
            let q = 4 * q4
            let (y0, y1, y2, y3) = butterfly(loadInterleaved(x, q), loadInterleaved(x, q + s),
                                             loadInterleaved(x, q + 2 * s), loadInterleaved(x, q + 3 * s))
            store(y0, yr, yi, q); store(y1, yr, yi, q + s); store(y2, yr, yi, q + 2 * s); store(y3, yr, yi, q + 3 * s)
        }
    }

    /// The first pass when it is radix 2 (n = 2, no twiddles), straight from the real signal
    /// `x` read as s·2 interleaved complex points, into the split arrays `yr`, `yi`.
    static func firstRadix2Pass(_ x: UnsafePointer<Float>, _ yr: UnsafeMutablePointer<Float>, _ yi: UnsafeMutablePointer<Float>,
                                stride s: Int) {
        for q4 in 0..<(s / 4) {
            let q = 4 * q4
            let a = loadInterleaved(x, q), b = loadInterleaved(x, q + s)
            store(a + b, yr, yi, q)
            store(a - b, yr, yi, q + s)
        }
    }

    /// A radix-4 pass with stride s ≥ 4 (a multiple of 4) and n = 4m ≥ 8, from split arrays
    /// `x` into split arrays `y`; `twiddles` is the pass's table of broadcast twiddles, 24
    /// floats per p: Re W^p, Im W^p, Re W^2p, Im W^2p, Re W^3p, Im W^3p, each four times.
    static func pass(_ xr: UnsafePointer<Float>, _ xi: UnsafePointer<Float>,
                     _ yr: UnsafeMutablePointer<Float>, _ yi: UnsafeMutablePointer<Float>,
                     length n: Int, stride s: Int, twiddles w: UnsafePointer<Float>) {
        let m = n / 4, quarter = m * s
        for p in 0..<m {
            let t = w + 24 * p
            let w1 = load(t, t + 4, 0), w2 = load(t + 8, t + 12, 0), w3 = load(t + 16, t + 20, 0)
            let xo = 4 * p * s, yo = p * s
            for q4 in 0..<(s / 4) {
                let q = 4 * q4
                let i = xo + q, o = yo + q
                let (y0, y1, y2, y3) = butterfly(load(xr, xi, i), load(xr, xi, i + s) * w1,
                                                 load(xr, xi, i + 2 * s) * w2, load(xr, xi, i + 3 * s) * w3)
                store(y0, yr, yi, o); store(y1, yr, yi, o + quarter)
                store(y2, yr, yi, o + 2 * quarter); store(y3, yr, yi, o + 3 * quarter)
            }
        }
    }

    /// ``pass(_:_:_:_:length:stride:twiddles:)`` for s = 4: one butterfly per p, on the
    /// 16 consecutive points x[16p …], with no inner loop.
    static func passStride4(_ xr: UnsafePointer<Float>, _ xi: UnsafePointer<Float>,
                            _ yr: UnsafeMutablePointer<Float>, _ yi: UnsafeMutablePointer<Float>,
                            length n: Int, twiddles w: UnsafePointer<Float>) {
        let m = n / 4, quarter = 4 * m
        for p in 0..<m {
            let t = w + 24 * p, i = 16 * p, o = 4 * p
            let (y0, y1, y2, y3) = butterfly(load(xr, xi, i), load(xr, xi, i + 4) * load(t, t + 4, 0),
                                             load(xr, xi, i + 8) * load(t + 8, t + 12, 0),
                                             load(xr, xi, i + 12) * load(t + 16, t + 20, 0))
            store(y0, yr, yi, o); store(y1, yr, yi, o + quarter)
            store(y2, yr, yi, o + 2 * quarter); store(y3, yr, yi, o + 3 * quarter)
        }
    }

    /// The last radix-4 pass (s = 1, n = the transform size, m = n/4 ≥ 4 and a multiple of
    /// 4): lanes are four consecutive p, whose inputs x[4p + r] are read as 4 × 4 blocks and
    /// transposed.
    static func lastPass(_ xr: UnsafePointer<Float>, _ xi: UnsafePointer<Float>,
                         _ yr: UnsafeMutablePointer<Float>, _ yi: UnsafeMutablePointer<Float>,
                         length n: Int, twiddles w: UnsafePointer<Float>, rowLength row: Int) {
        let m = n / 4
        for p4 in 0..<(m / 4) {
            let p = 4 * p4
            let i = 4 * p
            let re = transpose(load(xr + i), load(xr + i + 4), load(xr + i + 8), load(xr + i + 12))
            let im = transpose(load(xi + i), load(xi + i + 4), load(xi + i + 8), load(xi + i + 12))
            let w1 = load(w, w + row, p), w2 = load(w + 2 * row, w + 3 * row, p), w3 = load(w + 4 * row, w + 5 * row, p)
            let (y0, y1, y2, y3) = butterfly(Complex(re: re.0, im: im.0), Complex(re: re.1, im: im.1) * w1,
                                             Complex(re: re.2, im: im.2) * w2, Complex(re: re.3, im: im.3) * w3)
            store(y0, yr, yi, p); store(y1, yr, yi, p + m); store(y2, yr, yi, p + 2 * m); store(y3, yr, yi, p + 3 * m)
        }
    }

    /// The last radix-4 pass for n = 8 (too short to vectorise over p), scalar.
    static func lastPassScalar(_ xr: UnsafePointer<Float>, _ xi: UnsafePointer<Float>,
                               _ yr: UnsafeMutablePointer<Float>, _ yi: UnsafeMutablePointer<Float>,
                               length n: Int, twiddles w: UnsafePointer<Float>, rowLength row: Int) {
        let m = n / 4
        for p in 0..<m {
            @inline(__always) func input(_ r: Int) -> (Float, Float) {
                let re = xr[4 * p + r], im = xi[4 * p + r]
                guard r > 0 else { return (re, im) }
                let wr = w[(2 * r - 2) * row + p], wi = w[(2 * r - 1) * row + p]
                return (re * wr - im * wi, re * wi + im * wr)
            }
            let (ar, ai) = input(0), (br, bi) = input(1), (cr, ci) = input(2), (dr, di) = input(3)
            let apcr = ar + cr, apci = ai + ci, amcr = ar - cr, amci = ai - ci
            let bpdr = br + dr, bpdi = bi + di, jbmdr = bi - di, jbmdi = dr - br
            yr[p] = apcr + bpdr; yi[p] = apci + bpdi
            yr[p + m] = amcr + jbmdr; yi[p + m] = amci + jbmdi
            yr[p + 2 * m] = apcr - bpdr; yi[p + 2 * m] = apci - bpdi
            yr[p + 3 * m] = amcr - jbmdr; yi[p + 3 * m] = amci - jbmdi
        }
    }
}
