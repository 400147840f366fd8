import CKernels

/// Keeps memory that the process frees for its next allocations instead of handing it back
/// to the kernel at once.
///
/// glibc serves blocks above `M_MMAP_THRESHOLD` (128 KB at first) with a mapping of their
/// own, unmapped when freed, and gives the top of the heap back once `M_TRIM_THRESHOLD` of
/// it is free. `features` makes and frees a libsoxr state and buffers of a few hundred KB
/// for every batch of recordings, so each batch faulted its pages in anew: measured on
/// FSDD, 120,000 page faults and a quarter of the CPU time, against 4,000 with both
/// thresholds raised. Peak memory is what the job needs at its peak either way.
enum MemoryReuse {
    /// Raises both thresholds (glibc only; elsewhere nothing changes). 32 MB is glibc's
    /// largest mmap threshold on 64-bit systems.
    static func configure() {
        ckernels_keep_freed_memory(32 << 20, 64 << 20)
    }
}
