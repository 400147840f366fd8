import ArgumentParser
import DigitAudio
import FoundationEssentials

/// `digitviz predict MODEL FILE…`: which digit each recording says.
struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        _superCommandName: DigitViz.commandName,
        abstract: "Say which digit each recording is, with its probability and the top three.",
        discussion: """
            A folder stands for every audio file in it (searched recursively, sorted by \
            path): one line per file. A features CSV (from 'digitviz features', its recipe \
            file the model's) gives one line per row. Use - as a file to read one recording from standard input, e.g. \
            `sox in.flac -t wav - | digitviz predict model.safetensors -`. Each recording must \
            be one spoken digit: one longer than 10 s is refused with an error line (cut the \
            word out first), not classified.
            """
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"), completion: .file(extensions: ["safetensors"]))
    var model: String

    @Argument(help: ArgumentHelp("Audio files (WAV, FLAC, OGG, MP3, …), folders of them, features CSVs made with the model's recipe, or - for standard input.", valueName: "file"), completion: .file())
    var files: [String]

    @Flag(name: .long, help: "Print one JSON object per file (JSON Lines), with every class's probability.")
    var json = false

    @Flag(name: .shortAndLong, help: "Print only the predictions (errors still go to standard error).")
    var quiet = false

    /// The command for `predict`'s `arguments` when every one is a plain value (the model,
    /// then files; `-` is a value too): what ArgumentParser would parse, made without it,
    /// since building its parser by reflection took a fifth of a whole `predict`. `nil`
    /// for anything else (an option, a flag, `--`, too few values), which is left to
    /// ArgumentParser, as is every message.
    static func parsedFromValues(_ arguments: [String]) -> PredictCommand? {
        guard arguments.count >= 2, arguments.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }) else { return nil }
        var command = PredictCommand()
        command.model = arguments[0]
        command.files = Array(arguments.dropFirst())
        command.json = false
        command.quiet = false
        return (try? command.validate()) == nil ? nil : command
    }

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give at least one audio file") }
        guard files.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be read once") }
    }

    func run() throws {
        let model = try ModelLoading.load(self.model)
        let workspace = FeatureWorkspace(configuration: model.featureConfiguration)
        var failed = 0
        func show(_ file: String, _ features: [Float]) {
            let probabilities = model.predictProbabilities(features: features)
            let ranked = probabilities.indices.sorted { probabilities[$0] > probabilities[$1] }.prefix(3)
            print(json ? jsonLine(file, model: model, probabilities, ranked) : textLine(file, model: model, probabilities, ranked))
        }
        for file in try expandedFiles() {
            do {
                if file != "-" && LabeledFeatures.isFeaturesCSV(URL(fileURLWithPath: file)) {
                    // A features CSV made with the model's recipe: one row per recording.
                    let table = try model.load(file, modelPath: self.model, quiet: true).table
                    for row in 0..<table.count { show(table.recordings[row].url.relativePath, Array(table.row(row))) }
                    continue
                }
                let clip = file == "-"
                    ? try AudioDecoder.decode(data: try Self.standardInput(), name: "<stdin>", limit: .spokenDigit)
                    : try AudioDecoder.decode(URL(fileURLWithPath: file), limit: .spokenDigit)
                show(file, workspace.features(of: clip, augmentations: model.views).flatMap { $0 })
            } catch let error as FileFormatError {
                Console.error("\(error)")
                failed += 1
            }
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// The files to predict: each argument, or for a folder every audio file in it.
    private func expandedFiles() throws -> [String] {
        try files.flatMap { file -> [String] in
            var isFolder = false
            guard file != "-", FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder else { return [file] }
            let found = try DatasetScanner().audioFiles(in: URL(fileURLWithPath: file)).map(\.path)
            guard !found.isEmpty else {
                throw FileFormatError(file: file, message: "no audio files in this folder (looked for .\(DatasetScanner.audioExtensions.sorted().joined(separator: ", .")))")
            }
            return found
        }
    }

    /// Standard input, read up to one byte more than ``AudioDecoder/maximumDataLength`` so
    /// that a longer stream is refused without being held whole.
    private static func standardInput() throws -> Data {
        try StandardStream.input.read(upToCount: AudioDecoder.maximumDataLength + 1)
    }

    private func textLine(_ file: String, model: TrainedModel, _ p: [Float], _ ranked: ArraySlice<Int>) -> String {
        let best = ranked.first!
        let names = model.classNames.map(Console.printable)
        let top = ranked.map { "\(names[$0]) \(Console.probability(p[$0]))" }.joined(separator: ", ")
        return "\(Console.printable(file)): \(best) (\(names[best])) \(Console.probability(p[best]))   top 3: \(top)"
    }

    private func jsonLine(_ file: String, model: TrainedModel, _ p: [Float], _ ranked: ArraySlice<Int>) -> String {
        struct Line: Encodable {
            struct Candidate: Encodable { var digit: Int; var name: String; var probability: Float }
            var file: String; var digit: Int; var name: String; var probability: Float; var top: [Candidate]
            var probabilities: [Float]
        }
        let top = ranked.map { Line.Candidate(digit: $0, name: model.classNames[$0], probability: p[$0]) }
        let line = Line(file: file, digit: top[0].digit, name: top[0].name, probability: top[0].probability, top: top,
                        probabilities: p)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(line)) ?? Data(), as: UTF8.self)
    }
}
