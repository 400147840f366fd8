import DigitAudio
import Foundation

/// Checks of an output path made before any long work starts, so that a run never ends
/// by failing to save what it computed.
enum OutputPath {
    /// Throws an error naming `path` when its folder does not exist or is not a folder, or
    /// when `path` itself is an existing folder (a file was asked for).
    static func checkFile(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw FileFormatError(file: path, message: "cannot write: it is a folder; give a file name")
        }
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw FileFormatError(file: path, message: "cannot write: folder \(folder.path) does not exist")
        }
    }
}
