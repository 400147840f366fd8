import CKernels

/// Memory the process has freed but malloc still holds.
package enum FreeMemory {
    /// Hands it back to the system (glibc's `malloc_trim`; nothing elsewhere). Between two
    /// phases of a job, so that the second's peak does not stack on the first's leftovers:
    /// `digitviz` keeps freed memory for reuse (its MemoryReuse), which suits one long
    /// phase, not a feature pass followed by figures.
    package static func release() { ckernels_release_free_memory() }
}
