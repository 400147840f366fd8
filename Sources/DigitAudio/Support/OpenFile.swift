import FoundationEssentials
import Glibc

/// An open file descriptor, closed when the value goes away (or by ``close()``): the reads
/// and writes of `FileHandle`, each failure thrown as the system's `POSIXError`.
final class OpenFile {
    /// The descriptor, `-1` once closed.
    private(set) var descriptor: Int32

    /// Takes ownership of an open `descriptor`.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Opens the file at `path` for reading.
    convenience init(readingAtPath path: String) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw POSIXError.current }
        self.init(descriptor: descriptor)
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    /// The next bytes, until `count` of them or the end of the file.
    func read(upToCount count: Int) throws -> Data {
        try Self.read(upToCount: count, from: descriptor)
    }

    /// The next bytes of `descriptor`, which stays open, until `count` of them or the end.
    ///
    /// A regular file's remaining size sizes the buffer at once (one byte more, to see the
    /// end without growing it); other files grow it geometrically, so that reading a large
    /// one stays linear.
    static func read(upToCount count: Int, from descriptor: Int32) throws -> Data {
        var data = Data(count: min(count, (remainingSize(of: descriptor) ?? 1 << 16) + 1))
        var filled = 0
        while filled < count {
            if filled == data.count { data.count = min(count, Swift.max(2 * filled, 1 << 16)) }
            let (got, error) = data.withUnsafeMutableBytes { buffer in
                let got = Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
                return (got, errno)
            }
            if got < 0 {
                if error == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)
            }
            if got == 0 { break }
            filled += got
        }
        data.count = filled
        return data
    }

    /// The bytes between `descriptor`'s offset and its end when it is a regular file.
    private static func remainingSize(of descriptor: Int32) -> Int? {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        let offset = lseek(descriptor, 0, SEEK_CUR)
        guard offset >= 0 else { return nil }
        return Swift.max(Int(status.st_size) - Int(offset), 0)
    }

    /// Fills `buffer` with the file's bytes from `offset` on (`pread`: the file's own offset
    /// stays); returns how many it read, fewer than `buffer.count` only at the file's end.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws -> Int {
        var filled = 0
        while filled < buffer.count {
            let got = pread(descriptor, buffer.baseAddress! + filled, buffer.count - filled, off_t(offset + filled))
            if got < 0 {
                if errno == EINTR { continue }
                throw POSIXError.current
            }
            if got == 0 { break }
            filled += got
        }
        return filled
    }

    /// The bytes from here to the end of the file.
    func readToEnd() throws -> Data {
        try read(upToCount: .max)
    }

    /// The file's status (`fstat`): its type, size, ….
    func status() throws -> stat {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw POSIXError.current }
        return status
    }

    /// Writes all of `bytes`, in as many `write` calls as the system needs.
    func write(_ bytes: some ContiguousBytes) throws {
        try Self.write(bytes, to: descriptor)
    }

    /// Writes all of `bytes` to `descriptor`, which stays open.
    static func write(_ bytes: some ContiguousBytes, to descriptor: Int32) throws {
        try bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw POSIXError.current }
                done += count
            }
        }
    }

    /// Closes the descriptor; closing twice does nothing.
    func close() throws {
        guard descriptor >= 0 else { return }
        let result = Glibc.close(descriptor)
        descriptor = -1
        if result != 0 { throw POSIXError.current }
    }
}

extension POSIXError {
    /// The error `errno` holds now (`EIO` if it is not one `POSIXErrorCode` names).
    static var current: POSIXError { POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
}
