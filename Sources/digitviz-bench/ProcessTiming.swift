import DigitAudio
import Glibc

/// Times a whole process finely: runs `command` `count` times one after the other (output
/// to /dev/null), each timed with the monotonic clock from just before `posix_spawn` to
/// the return of `waitpid`, and prints the mean, median, fastest and slowest in
/// milliseconds. `/usr/bin/time` counts in steps of 10 ms, too coarse for a process that
/// takes a few.
func timeProcess(label: String, count: Int, command: [String]) throws {
    precondition(count > 0 && !command.isEmpty, "a count and a command")
    var actions: posix_spawn_file_actions_t = .init()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let arguments = command.map { strdup($0) } + [nil]
    defer { arguments.forEach { free($0) } }
    var times: [Double] = []
    for _ in 0..<count {
        var start = timespec(), end = timespec()
        var pid: pid_t = 0
        clock_gettime(CLOCK_MONOTONIC, &start)
        let spawned = posix_spawn(&pid, command[0], &actions, nil, arguments, environ)
        guard spawned == 0 else { throw BenchError("cannot start \(command[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        clock_gettime(CLOCK_MONOTONIC, &end)
        guard status == 0 else { throw BenchError("\(command.joined(separator: " ")) failed (wait status \(status))") }
        times.append(Double(end.tv_sec - start.tv_sec) * 1e3 + Double(end.tv_nsec - start.tv_nsec) * 1e-6)
    }
    let sorted = times.sorted()
    print("  \(label)" + String(cFormat: ": mean %.2f ms, median %.2f, fastest %.2f, slowest %.2f (%d runs, monotonic clock)",
                                  times.reduce(0, +) / Double(count), sorted[count / 2], sorted[0], sorted[count - 1], count))
}

/// A benchmark that could not run.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
