import Foundation
import Testing
@testable import DigitAudio

@Suite struct FeatureTableTests {
    private func table() -> FeatureTable {
        var table = FeatureTable(dimension: 3)
        table.append(features: [1.5, -2, 1e-5], recording: Recording(url: URL(fileURLWithPath: "data/7_jackson_32.wav"), digit: 7, speaker: "jackson", index: 32))
        table.append(features: [0, 3.25, -400.125], recording: Recording(url: URL(fileURLWithPath: "/tmp/odd, name.wav"), digit: 2))
        return table
    }

    @Test func csvHasPandasStyleHeaderAndOneRowPerRecording() {
        let lines = table().csvText().split(separator: "\n")
        #expect(lines == ["0,1,2,label,file,speaker", "1.5,-2.0,1e-05,7,data/7_jackson_32.wav,jackson",
                          "0.0,3.25,-400.125,2,\"/tmp/odd, name.wav\","])
    }

    @Test func writeThenReadRoundTrips() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("features.csv")
        try table().write(to: url)
        let read = try FeatureTable(contentsOf: url)
        #expect(read.dimension == 3)
        #expect(read.features == table().features)
        #expect(read.labels == [7, 2])
        #expect(read.recordings[0].url.relativePath == "data/7_jackson_32.wav")
        #expect(read.recordings[0].speaker == "jackson" && read.recordings[0].index == 32)
        #expect(read.recordings[1].url.path == "/tmp/odd, name.wav")
        #expect(read.recordings[1].speaker == nil && read.recordings[1].index == nil)
        // Atomic write leaves no temporary file behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["features.csv"])
    }

    @Test func subsetKeepsRowsInTheGivenOrder() {
        let subset = table().subset([1, 0])
        #expect(subset.labels == [2, 7])
        #expect(Array(subset.row(0)) == [0, 3.25, -400.125])
    }

    @Test func readsByteOrderMarkPandasIndexColumnAndMissingSpeakerColumn() throws {
        let text = "\u{FEFF},1,0,label,file\n0,2.5,1.5,3,rec/3_theo_4.wav\n"
        let table = try FeatureTable(csv: text, file: "p.csv")
        #expect(table.dimension == 2)
        #expect(table.features == [1.5, 2.5])
        #expect(table.recordings[0].speaker == "theo" && table.recordings[0].index == 4)
    }

    @Test(arguments: [
        ("", "p.csv: empty file, expected a header"),
        ("0,1,label\n", "p.csv:1: no rows after the header"),
        ("0,1,file\n1,2,a.wav\n", "p.csv:1: missing label column"),
        ("label,file\n1,a.wav\n", "p.csv:1: no feature columns (named 0, 1, …)"),
        ("0,2,label\n1,2,3\n", "p.csv:1: feature columns must be numbered 0 to 1"),
        ("0,1,label\n1,2,3\n1,2\n", "p.csv:3: expected 3 columns, found 2"),
        ("0,1,label\n1,2,3\n1,x,3\n", "p.csv:3: feature 1 is not a number"),
        ("0,1,label\n1,2,3\nnan,1,3\n", "p.csv:3: feature 0 is not a number"),
        ("0,1,label\n1,inf,3\n", "p.csv:2: feature 1 is infinite"),
        ("0,1,label\n1,2,ten\n", "p.csv:2: label 'ten' is not a digit 0–9"),
    ])
    func malformedFilesNameFileAndLine(text: String, message: String) {
        let error = #expect(throws: FileFormatError.self) { try FeatureTable(csv: text, file: "p.csv") }
        #expect(error?.description == message)
    }

    @Test func unreadableFileIsAFileFormatError() {
        let error = #expect(throws: FileFormatError.self) { try FeatureTable(contentsOf: URL(fileURLWithPath: "/nonexistent/f.csv")) }
        #expect(error?.file == "/nonexistent/f.csv")
    }
}
