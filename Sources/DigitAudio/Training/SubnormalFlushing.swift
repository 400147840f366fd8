#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs `body` with subnormal floats flushed to zero (results) and treated as zero (inputs),
/// then restores the thread's floating-point environment.
///
/// TensorFlow trains this way on CPUs, and so do we: Adam's moments of parameters whose
/// gradients are zero (dead ReLUs) decay geometrically into the subnormal range, where x86
/// arithmetic is several times slower. The setting is the calling thread's only; the
/// matrix products run on that thread. On other architectures `body` runs unchanged.
func withSubnormalsFlushedToZero<Result>(_ body: () throws -> Result) rethrows -> Result {
    #if arch(x86_64) && canImport(Glibc)
    var saved = fenv_t()
    fegetenv(&saved)
    var flushing = saved
    flushing.__mxcsr |= 0x8040  // FTZ (bit 15) and DAZ (bit 6) of MXCSR.
    fesetenv(&flushing)
    defer { fesetenv(&saved) }
    #endif
    return try body()
}
