import Foundation

/// Writes a file so that readers see either the old content or the complete new one.
///
/// The bytes go to a hidden temporary file in the destination's folder, which is then
/// renamed over the destination (a rename within one file system is atomic).
enum AtomicFile {
    /// Writes the bytes `produce` returns to `url` atomically, after checking that the
    /// destination's folder exists, so that no work is wasted on an unwritable path.
    /// - Throws: ``PlotError/unwritable(path:reason:)`` naming `url`'s path, or what
    ///   `produce` throws.
    static func write(to url: URL, _ produce: () throws -> Data) throws {
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw PlotError.unwritable(path: url.path, reason: "folder \(folder.path) does not exist")
        }
        guard isFolder.boolValue else {
            throw PlotError.unwritable(path: url.path, reason: "\(folder.path) is not a folder")
        }
        let data = try produce()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            throw PlotError.unwritable(path: url.path, reason: "folder \(folder.path) is not writable")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.unwritable(path: url.path, reason: reason)
        }
    }
}
