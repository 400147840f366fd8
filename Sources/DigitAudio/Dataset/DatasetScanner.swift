import FoundationEssentials

/// Finds the labelled recordings in a folder tree.
///
/// A file's digit comes from, in order: the original project's `metadata.csv`
/// (`absPath,fileName,label`) at the folder's root, an FSDD-style name
/// (`{digit}_{speaker}_{index}.wav`), or a parent folder named `0` … `9`. Audio whose
/// digit none of these gives is reported in `unlabeled`, never guessed. Only regular files
/// (and symbolic links to them) are read: a FIFO or device with an audio name would block
/// or never end, so it is reported in `unreadable`. Other files are ignored.
public struct DatasetScanner: Sendable {
    /// File extensions read as audio (lowercase).
    public static let audioExtensions: Set<String> = ["wav", "wave", "flac", "ogg", "oga", "opus", "mp3", "aif", "aiff", "au", "w64"]

    /// What a scan found.
    public struct Scan: Sendable {
        /// Labelled recordings, sorted by path.
        public var recordings: [Recording]
        /// Audio files whose digit is unknown, sorted by path.
        public var unlabeled: [URL]
        /// Files with an audio name that are not regular files (FIFOs, devices, folders,
        /// broken links), one error each, sorted by path.
        public var unreadable: [FileFormatError] = []

        /// The recordings whose header opens and checks (see ``AudioReader``), and an error
        /// for each of the others: what a count of recordings should count.
        public func readableRecordings() -> (recordings: [Recording], failures: [FileFormatError]) {
            var readable: [Recording] = []
            var failures: [FileFormatError] = []
            for recording in recordings {
                do {
                    _ = try AudioReader(recording.url)
                    readable.append(recording)
                } catch let error as FileFormatError {
                    failures.append(error)
                } catch {
                    failures.append(FileFormatError(url: recording.url, message: "\(error)"))
                }
            }
            return (readable, failures)
        }
    }

    /// Creates a scanner.
    public init() {}

    /// Scans `root`, a folder (searched recursively) or a single audio file.
    ///
    /// - Throws: `FileFormatError` when `root` does not exist, or holds no labelled recordings.
    public func scan(_ root: URL) throws -> Scan {
        var isFolder = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder) else {
            throw FileFormatError(file: root.path, message: "no such file or folder")
        }
        let files = isFolder ? audioEntries(in: root)
            : [(root.path, FolderListing.Entry(url: root, name: root.lastPathComponent, isFolder: false, isRegularFile: false))]
        let metadata = isFolder ? try MetadataFile.labels(in: root) : [:]
        var scan = Scan(recordings: [], unlabeled: [])
        for (path, entry) in files {
            let url = entry.url
            // A regular file by its directory entry needs no `stat`; a link or an unknown type does.
            if !entry.isRegularFile, let problem = RegularFile.problem(at: path) {
                scan.unreadable.append(FileFormatError(file: path, message: problem + ": skipped"))
                continue
            }
            let name = RecordingName(fileName: entry.name)
            let digit = metadata[entry.name] ?? name?.digit ?? Self.folderDigit(of: url)
            guard let digit else {
                scan.unlabeled.append(url)
                continue
            }
            scan.recordings.append(Recording(url: url, digit: digit, speaker: name?.speaker, index: name?.index))
        }
        guard !scan.recordings.isEmpty else {
            let detail = scan.unlabeled.isEmpty
                ? "no recordings found (looked for .\(Self.audioExtensions.sorted().joined(separator: ", .")))"
                : "no labelled recordings: \(scan.unlabeled.count) audio files without a digit in their name or folder"
            throw FileFormatError(file: root.path, message: detail)
        }
        return scan
    }

    /// The files under `root` (searched recursively, hidden ones skipped, symbolic links to
    /// folders not followed: see `FolderListing`) whose extension is one of
    /// ``audioExtensions``, sorted by path, labelled or not.
    ///
    /// - Throws: nothing today: a folder that cannot be read holds no files.
    public func audioFiles(in root: URL) throws -> [URL] {
        audioEntries(in: root).map(\.entry.url)
    }

    /// The entries of ``audioFiles(in:)`` with their paths, sorted by path.
    private func audioEntries(in root: URL) -> [(path: String, entry: FolderListing.Entry)] {
        FolderListing.treeEntries(under: root).filter { Self.isAudio(name: $0.name) }
            .map { (path: $0.url.path, entry: $0) }.sorted { $0.path < $1.path }
    }

    /// Whether a file name's extension (after its last dot, in any case) is one of ``audioExtensions``.
    static func isAudio(name: String) -> Bool {
        guard let dot = name.lastIndex(of: "."), dot > name.startIndex else { return false }
        return audioExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func folderDigit(of url: URL) -> Int? {
        let parent = url.deletingLastPathComponent().lastPathComponent
        guard parent.count == 1, let digit = Int(parent) else { return nil }
        return digit
    }
}
