import Foundation

/// Writes a file so that readers see either the old content or the complete new one.
///
/// The bytes go to a hidden temporary file in the destination's folder, which is then
/// renamed over the destination (a rename within one file system is atomic).
enum AtomicFile {
    /// Writes `data` to `url` atomically.
    /// - Throws: ``PlotError/unwritable(path:reason:)`` naming `url`'s path.
    static func write(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data) else {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
            let reason = !exists ? "folder \(folder.path) does not exist"
                : !isFolder.boolValue ? "\(folder.path) is not a folder"
                : "folder \(folder.path) is not writable"
            throw PlotError.unwritable(path: url.path, reason: reason)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.unwritable(path: url.path, reason: reason)
        }
    }
}
