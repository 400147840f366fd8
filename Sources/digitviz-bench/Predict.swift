import DigitAudio
import FoundationEssentials

/// Prediction latency: one file at a time on one thread, as `predict` does, after a warm-up.
func benchmarkPrediction(data: URL, model modelURL: URL) throws {
    let scan = try DatasetScanner().scan(data)
    let model = try ModelFile.read(from: modelURL)
    let workspace = FeatureWorkspace(configuration: model.featureConfiguration)
    let recordings = Array(scan.recordings.prefix(500))
    _ = try model.predict(features: workspace.features(of: recordings[0].url))  // warm up: filters, FFT plan
    var correct = 0
    let elapsed = try seconds {
        for recording in recordings where try model.predict(features: workspace.features(of: recording.url)).classIndex == recording.digit {
            correct += 1
        }
    }
    print(String(cFormat: "predict, in-process: %.3f ms per file (%d files, 1 thread, %d right)",
                 1000 * elapsed / Double(recordings.count), recordings.count, correct))
}
