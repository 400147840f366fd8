import FoundationEssentials
import Glibc

/// The entries of a folder, listed as Foundation's `FileManager.enumerator(at:…)` and
/// `contentsOfDirectory(at:…)` list them on Linux (with `fts`, symbolic links not
/// followed): absolute URLs, in no particular order, the folders among them included.
/// A symbolic link is an entry, never descended into, and a folder given by a symbolic
/// link lists nothing.
enum FolderListing {
    /// One entry of a folder, with what its directory entry says of it.
    struct Entry {
        /// The entry's URL (a folder's ends with `/`).
        var url: URL
        /// Its name in the folder.
        var name: String
        /// Whether it is a folder itself (not a symbolic link to one).
        var isFolder: Bool
        /// Whether it is a regular file itself (not a symbolic link to one): `false` also
        /// when the file system did not say, so that the caller checks.
        var isRegularFile: Bool
    }

    /// The entries directly in `folder`, hidden ones included.
    static func contents(of folder: URL) -> [URL] {
        entries(inFolderAt: folder.path).map(\.url)
    }

    /// The entries in `folder` and, recursively, in its subfolders; entries whose name
    /// starts with `.` are skipped, hidden folders with everything in them.
    static func tree(under folder: URL) -> [URL] {
        treeEntries(under: folder).map(\.url)
    }

    /// As ``tree(under:)``, each entry with its name and type.
    static func treeEntries(under folder: URL) -> [Entry] {
        var result: [Entry] = []
        var pending = [folder.path]
        while let path = pending.popLast() {
            for entry in entries(inFolderAt: path) where !entry.name.hasPrefix(".") {
                result.append(entry)
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
    /// cannot be read). The directory entry's type saves a `stat` of each: only a file
    /// system that does not give it costs one.
    private static func entries(inFolderAt path: String) -> [Entry] {
        guard isFolder(atPath: path), let directory = opendir(path) else { return [] }
        defer { closedir(directory) }
        let base = URL(fileURLWithPath: path, isDirectory: true)
        let separator = path.hasSuffix("/") ? "" : "/"
        var result: [Entry] = []
        while let entry = readdir(directory) {
            let (name, type) = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                (String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self)), entry.pointee.d_type)
            }
            guard name != ".", name != ".." else { continue }
            let isFolder = type == DT_UNKNOWN ? isFolder(atPath: path + separator + name) : type == DT_DIR
            result.append(Entry(url: base.appendingPathComponent(name, isDirectory: isFolder), name: name,
                                isFolder: isFolder, isRegularFile: type == DT_REG))
        }
        return result
    }
}
