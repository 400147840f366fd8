import DigitAudio
import DigitPlot
import Foundation
import Testing

/// The README's "library from another package" example, line for line (paths made absolute).
@Suite struct ReadmeLibraryExampleTests {
    @Test func exampleRuns() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let recording = URL(fileURLWithPath: sampleData + "/3_alto_0.wav")
        let model = try ModelFile.read(from: repositoryRoot.appendingPathComponent("img/model.safetensors"))
        let workspace = FeatureWorkspace(configuration: model.featureConfiguration)
        let clip = try AudioDecoder.decode(recording, limit: .spokenDigit)
        let views = workspace.features(of: clip, augmentations: model.views)  // the clip, and at the model's test-time speeds
        let (digit, probability) = model.predict(features: views.flatMap { $0 })
        #expect(model.classNames[digit] == "three" && probability > 0.5)
        let mfcc = workspace.mfcc(of: try workspace.load(recording))
        try MFCCHeatmap(matrix: mfcc, title: "MFCC of 3_alto_0").render(to: folder.url.appendingPathComponent("mfcc.png"))
        #expect(try folder.contents() == ["mfcc.png"])
    }
}
