import DigitAudio
import DigitPlot
import FoundationEssentials
import Glibc

/// Where the time of `digitviz figures DATA --model MODEL --log LOG --original-figures`
/// goes, on one thread: reading the model and run log, the features of every recording
/// (the countplot counts the readable ones), the example clips of the waveplots, then
/// each figure drawn and encoded as PNG, and the files written.
func profileFigures(data: URL, model modelURL: URL, log: URL) throws {
    let clock = StageClock()
    let model = try ModelFile.read(from: modelURL)
    let history = try RunLogReader.read(contentsOf: log)
    clock.lap("read model and run log")
    let features = try LabeledFeatures(source: data, configuration: model.featureConfiguration, threads: 1)
    clock.lap("features of every recording (countplot)")
    let set = try FigureSet(recordings: features.table.recordings, model: model, history: history, extras: false)
    clock.lap("example clips (decode, resample), charts")
    var encoded: [(String, Data)] = []
    for (name, chart) in set.figures {
        encoded.append((name, try chart.data(format: .png)))
        clock.lap(name.count == 1 ? "draw + PNG: waveplots" : "draw + PNG: \(name)")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("digitviz-bench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    clock.restart()
    for (name, bytes) in encoded { try bytes.write(to: folder.appendingPathComponent("\(name).png")) }
    clock.lap("write files")
    printProfile("profile: the original's \(set.figures.count) figures on one thread (\(features.table.count) recordings)",
                 stages: clock.stages, units: set.figures.count, unit: "figure")
}
