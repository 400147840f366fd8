// In-process benchmarks of the core, run by `make bench` (scripts/bench.sh):
//   digitviz-bench DATA MODEL
// prints prediction latency per file (decode → resample → MFCC → network) and the
// training throughput of the default recipe on DATA's features.
import DigitAudio
import Foundation

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: digitviz-bench DATA MODEL\n".utf8))
    exit(2)
}
let scan = try DatasetScanner().scan(URL(fileURLWithPath: arguments[1]))
let model = try ModelFile.read(from: URL(fileURLWithPath: arguments[2]))

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

// Prediction latency: one file at a time on one thread, as `predict` does.
let workspace = FeatureWorkspace(configuration: model.featureConfiguration)
let files = Array(scan.recordings.prefix(500).map(\.url))
_ = try model.predict(features: workspace.features(of: files[0]))  // warm up: design filters, plan FFT
var correct = 0
let predictSeconds = try seconds {
    for (url, recording) in zip(files, scan.recordings) {
        if try model.predict(features: workspace.features(of: url)).classIndex == recording.digit { correct += 1 }
    }
}
print(String(format: "predict, in-process            %7.3f ms per file (%d files, 1 thread)", 1000 * predictSeconds / Double(files.count), files.count))

// Training throughput with the default recipe on the random split.
let table = try LabeledFeatures(source: URL(fileURLWithPath: arguments[1]), configuration: model.featureConfiguration).table
var result: TrainingResult?
let trainSeconds = try seconds {
    result = try Trainer().train(on: table, split: .random(testFraction: 0.2, seed: 42), featureConfiguration: model.featureConfiguration)
}
let samples = Int(Double(table.count) * 0.8)
print(String(format: "train, 200 epochs                %7.2f s (%d training samples, %.0f samples/s, %.1f epochs/s), test accuracy %.2f %%",
             trainSeconds, samples, Double(samples * 200) / trainSeconds, 200 / trainSeconds,
             100 * (result!.history.series("val_accuracy")![result!.bestEpoch])))
