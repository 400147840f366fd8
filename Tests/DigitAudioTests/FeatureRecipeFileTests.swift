import Foundation
import Testing
@testable import DigitAudio

/// The recipe file beside a features CSV.
@Suite struct FeatureRecipeFileTests {
    @Test func writesBothFilesAndReadsTheRecipeBack() throws {
        let folder = try makeTemporaryDirectory()
        let csv = folder.appendingPathComponent("f.csv")
        var configuration = FeatureConfiguration.digitviz
        configuration.sampleRate = nil
        let table = FeatureTable(dimension: configuration.dimension, features: [Float](repeating: 0.5, count: configuration.dimension),
                                 recordings: [Recording(url: URL(fileURLWithPath: "3_a_0.wav"), digit: 3, speaker: "a", index: 0)])
        try FeatureRecipeFile.write(table, configuration: configuration, to: csv)
        #expect(FeatureRecipeFile.url(for: csv).lastPathComponent == "f.csv.json")
        #expect(try FeatureRecipeFile.configuration(of: csv) == configuration)
        #expect(try FeatureTable(contentsOf: csv) == table)
        #expect(try LabeledFeatures(source: csv, configuration: configuration).table.count == 1)
        // Asked for other settings than recorded: the settings are named.
        let error = fileFormatError { try LabeledFeatures(source: csv, configuration: .digitviz) }
        #expect(error?.message.contains("sampleRate differ") == true)
        #expect(try FeatureRecipeFile.configuration(of: folder.appendingPathComponent("none.csv")) == nil)
    }

    @Test func badRecipeFilesAreOneLineErrors() throws {
        let folder = try makeTemporaryDirectory()
        let csv = folder.appendingPathComponent("f.csv")
        let cases = [
            ("[1]", "not a features recipe"),
            (#"{"format":"other","version":1}"#, "format is 'other'"),
            (#"{"format":"digitviz-features","version":2,"features":{}}"#, "unsupported recipe version 2"),
            (#"{"format":"digitviz-features","version":1,"features":{"fftSize":1}}"#, "not a valid feature configuration"),
        ]
        for (text, message) in cases {
            try Data(text.utf8).write(to: FeatureRecipeFile.url(for: csv))
            let error = fileFormatError { try FeatureRecipeFile.configuration(of: csv) }
            #expect(error?.file.hasSuffix("f.csv.json") == true && error?.message.contains(message) == true, "\(text)")
        }
    }

    @Test func differencesNameTheSettings() {
        var other = FeatureConfiguration.standard
        other.sampleRate = nil
        other.coefficients = 20
        #expect(FeatureRecipeFile.differences(between: .standard, and: other) == ["coefficients", "sampleRate"])
        #expect(FeatureRecipeFile.differences(between: .digitviz, and: .digitviz).isEmpty)
    }
}
