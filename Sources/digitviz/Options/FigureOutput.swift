import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials

/// Where a command's figures go, decided and checked from `-o` before any long work: one
/// file when the path names a figure (`.png`, `.svg`, `.pdf`), else a folder. An existing
/// folder is always a folder; a path ending in `/` too.
enum FigureOutput: Equatable {
    /// One file: one figure, or a PDF of one page per figure.
    case file(String)
    /// A folder (created if missing) of one file per figure.
    case folder(String)

    /// The file a one-figure command writes for `-o path`: `path` itself, or `defaultName`
    /// inside it when `path` is a folder. Checked: its folder exists and it is no folder.
    static func file(for path: String, defaultName: String) throws -> String {
        let file = isFolder(path) ? URL(fileURLWithPath: path).appendingPathComponent(defaultName).path : path
        try OutputPath.checkFile(file)
        return file
    }

    /// Where a command that draws `count` figures (when known) writes for `-o path`: a file
    /// for one figure, or a PDF for several (a PNG or SVG of several is an error), else a
    /// folder. Checked as ``OutputPath`` checks files and folders. `hint` starts the error's
    /// advice for several figures, e.g. "choose one with --metric, or ".
    static func resolve(_ path: String, count: Int?, hint: String = "") throws -> FigureOutput {
        guard !isFolder(path), OutputFormat(rawValue: URL(fileURLWithPath: path).pathExtension.lowercased()) != nil else {
            try OutputPath.checkFolder(path)
            return .folder(path)
        }
        if let count, count > 1, URL(fileURLWithPath: path).pathExtension.lowercased() != OutputFormat.pdf.rawValue {
            throw needsFolderOrPDF(path, count: count, hint: hint)
        }
        try OutputPath.checkFile(path)
        return .file(path)
    }

    /// The error for several figures asked into one PNG or SVG file.
    static func needsFolderOrPDF(_ path: String, count: Int, hint: String = "") -> FileFormatError {
        FileFormatError(file: path, message: "one image cannot hold \(count) figures: \(hint)give a folder, or a .pdf for one page each")
    }

    /// Whether `path` is an existing folder or ends with `/`.
    private static func isFolder(_ path: String) -> Bool {
        var folder = false
        return path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder)
    }
}
