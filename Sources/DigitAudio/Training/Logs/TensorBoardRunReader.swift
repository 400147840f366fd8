import FoundationEssentials

/// Reads a TensorBoard run: one event file, or a folder of them, as one ``History``.
///
/// In a folder, every file whose content is a TFRecord file is read, in name order, and so
/// are those of its subfolders (one level, as Keras' `TensorBoard` callback writes `train/`
/// and `validation/`). A subfolder's name gives its scalars' split: `train`, `validation`
/// (`val_` names: Keras' `epoch_loss` in `validation/` becomes `val_loss`), or its own name.
/// Keras' `epoch_` prefix is dropped and its step taken as the epoch (it is no global step). A scalar tagged
/// `epoch` (Lightning's `TensorBoardLogger`) is not a metric: it gives the other scalars
/// their epochs by step. Lightning's `hp_metric` placeholder is skipped.
///
/// A torn or corrupt record ends a file's reading: what came before is kept and one warning
/// is given for that file.
enum TensorBoardRunReader {
    /// Whether `bytes` is a TFRecord file.
    static func recognises(_ bytes: [UInt8]) -> Bool { TFRecordReader.recognises(bytes) }

    /// The event files of a folder and its subfolders, each with the subfolder's name (or `nil`).
    static func eventFiles(in folder: URL) -> [(url: URL, subfolder: String?)] {
        var result: [(URL, String?)] = []
        for url in contents(of: folder) {
            if isFolder(url) {
                result += contents(of: url).filter { !isFolder($0) && isEventFile($0) }.map { ($0, url.lastPathComponent) }
            } else if isEventFile(url) {
                result.append((url, nil))
            }
        }
        return result
    }

    /// Reads the event files of a run; `name` is used in messages.
    static func read(files: [(url: URL, subfolder: String?)], name: String, warn: (String) -> Void) throws -> History {
        var history = History()
        var epochs: [(step: Double, epoch: Double)] = []
        for (url, subfolder) in files {
            let bytes = try bytes(of: url)
            let events = TensorBoardEvents(bytes: bytes)
            if let problem = events.problem {
                warn("\(url.relativePath): \(problem) after \(events.records) good records; keeping those")
            }
            let split = subfolder.map(split(ofSubfolder:))
            for scalar in events.scalars {
                if scalar.tag == "epoch" { epochs.append((scalar.step, scalar.value)); continue }
                if scalar.tag == "hp_metric" { continue }
                var tag = scalar.tag
                var (epoch, step) = (Double.nan, scalar.step)
                if tag.hasPrefix("epoch_") {
                    tag.removeFirst("epoch_".count)
                    (epoch, step) = (scalar.step, .nan)  // Keras counts epochs there, not steps
                }
                let parsed = MetricName.parse(tag)
                let seriesName = split.map { $0 == MetricName.validation ? "val_" + tag : $0 == MetricName.train ? tag : "\($0)/\(tag)" } ?? tag
                let seriesSplit = split.map { parsed.family == MetricName.learningRate ? parsed.split : $0 } ?? parsed.split
                history.record(seriesName, value: scalar.value, epoch: epoch, step: step, family: parsed.family, split: seriesSplit)
            }
        }
        guard !history.isEmpty else {
            throw FileFormatError(file: name, message: "no scalars in the TensorBoard event file(s)")
        }
        return StepEpochMap(pairs: epochs).filling(history).separatingEvaluationsAfterTraining()
    }

    /// `train`, `validation` or `test` for the usual folder names, else the name itself.
    static func split(ofSubfolder name: String) -> String {
        switch name.lowercased() {
        case "train", "training": MetricName.train
        case "validation", "valid", "val", "eval": MetricName.validation
        case "test": MetricName.test
        default: name
        }
    }

    private static func contents(of folder: URL) -> [URL] {
        FolderListing.contents(of: folder).sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    private static func isFolder(_ url: URL) -> Bool {
        FolderListing.isFolder(url)
    }

    /// Whether the file's first 12 bytes are a TFRecord header (content, not the name).
    static func isEventFile(_ url: URL) -> Bool {
        let head = (try? OpenFile(readingAtPath: url.path).read(upToCount: 12)) ?? Data()
        return recognises([UInt8](head))
    }

    private static func bytes(of url: URL) throws -> [UInt8] {
        do { return [UInt8](try Data(contentsOf: url)) } catch {
            throw FileFormatError(url: url, cannot: "read", because: error)
        }
    }
}
