import DigitAudio
import FoundationEssentials

/// Checks of an output path made before any long work starts, so that a run never ends
/// by failing to save what it computed.
enum OutputPath {
    /// Throws an error naming `path` when its folder does not exist or is not a folder, or
    /// when `path` itself is an existing folder (a file was asked for).
    static func checkFile(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder {
            throw FileFormatError(file: path, message: "cannot write: it is a folder; give a file name")
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder else {
            throw FileFormatError(file: path, message: "cannot write: folder \(folder.path) does not exist")
        }
    }

    /// Throws an error naming `path` when it exists and is not a folder, or when the nearest
    /// of its parents that exists is not a writable folder (a folder to be created there
    /// could not be).
    static func checkFolder(_ path: String) throws {
        var isFolder = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            guard isFolder else { throw FileFormatError(file: path, message: "cannot write into it: it is a file; give a folder") }
            return
        }
        var parent = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder) && parent.path != "/" {
            parent = parent.deletingLastPathComponent()
        }
        guard isFolder, FileManager.default.isWritableFile(atPath: parent.path) else {
            throw FileFormatError(file: path, message: "cannot create the folder: \(parent.path) is not a writable folder")
        }
    }
}
