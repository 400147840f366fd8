import FoundationEssentials
import Glibc

/// The entries of a folder, listed as Foundation's `FileManager.enumerator(at:…)` and
/// `contentsOfDirectory(at:…)` list them on Linux (with `fts`, symbolic links not
/// followed): absolute URLs, in no particular order, the folders among them included.
/// A symbolic link is an entry, never descended into, and a folder given by a symbolic
/// link lists nothing.
enum FolderListing {
    /// The entries directly in `folder`, hidden ones included.
    static func contents(of folder: URL) -> [URL] {
        entries(inFolderAt: folder.path).map(\.url)
    }

    /// The entries in `folder` and, recursively, in its subfolders; entries whose name
    /// starts with `.` are skipped, hidden folders with everything in them.
    static func tree(under folder: URL) -> [URL] {
        var result: [URL] = []
        var pending = [folder.path]
        while let path = pending.popLast() {
            for entry in entries(inFolderAt: path) where !entry.url.lastPathComponent.hasPrefix(".") {
                result.append(entry.url)
                if entry.isFolder { pending.append(entry.url.path) }
            }
        }
        return result
    }

    /// Whether `url` names a folder itself, not a symbolic link to one.
    static func isFolder(_ url: URL) -> Bool {
        isFolder(atPath: url.path)
    }

    private static func isFolder(atPath path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// The entries of the folder at `path` (nothing when it is not a folder itself or
    /// cannot be read), each with whether it is a folder itself.
    private static func entries(inFolderAt path: String) -> [(url: URL, isFolder: Bool)] {
        guard isFolder(atPath: path), let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let base = URL(fileURLWithPath: path, isDirectory: true)
        var result: [(URL, Bool)] = []
        while let entry = readdir(directory) {
            let (name, type) = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                (String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self)), entry.pointee.d_type)
            }
            guard name != ".", name != ".." else { continue }
            let url = base.appendingPathComponent(name)
            let isFolder = type == DT_UNKNOWN ? isFolder(atPath: url.path) : type == DT_DIR
            result.append((url, isFolder))
        }
        return result
    }
}
