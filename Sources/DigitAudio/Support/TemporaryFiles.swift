import FoundationEssentials
import Glibc
import Synchronization

/// The temporary files the process is writing right now, so that an interrupt can remove
/// them before the process ends: no `.tmp` file outlives a Ctrl-C.
///
/// ``AtomicFile`` registers each temporary file while it exists. Call ``removeAll()`` from
/// a normal thread (never from a signal handler: it takes a lock).
public enum TemporaryFiles {
    private static let paths = Mutex<Set<String>>([])

    /// Records that `url` is being written and must be removed if the process is interrupted.
    public static func register(_ url: URL) {
        _ = paths.withLock { $0.insert(url.path) }
    }

    /// Records that `url` was renamed into place or removed.
    public static func unregister(_ url: URL) {
        _ = paths.withLock { $0.remove(url.path) }
    }

    /// The files registered now.
    public static var current: Set<String> { paths.withLock { $0 } }

    /// Removes every registered file; later registrations are not affected.
    public static func removeAll() {
        let all = paths.withLock { paths in
            defer { paths.removeAll() }
            return paths
        }
        for path in all { unlink(path) }
    }
}
