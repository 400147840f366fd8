import CKernels

/// A second thread for one training run's kernels (CKernels' `ckernels_team`): each dense
/// layer's products and each Adam step are split in two halves, one on the calling thread
/// and one on the team's helper, which waits for the next half spinning (and sleeps after
/// about a millisecond without work). Every value is computed exactly as on one thread,
/// so a run gives the same numbers with or without a team.
///
/// Used by one thread at a time; the helper stops when the team goes away.
final class KernelTeam {
    /// The C team, passed to the kernels.
    let pointer: OpaquePointer

    /// Starts the helper thread; `nil` when the system cannot start one.
    init?() {
        guard let pointer = ckernels_team_create() else { return nil }
        self.pointer = pointer
    }

    deinit {
        ckernels_team_destroy(pointer)
    }
}
