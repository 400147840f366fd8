import DigitAudio
import Foundation
import Testing

/// `digitviz features`, end to end.
@Suite struct FeaturesCommandTests {
    @Test func writesOneRowPerRecording() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["features", sampleData, "-o", folder.path("f.csv")])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = try String(contentsOfFile: folder.path("f.csv"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 401)
        #expect(lines[0] == Substring((0..<40).map(String.init).joined(separator: ",") + ",label,file,speaker"))
        let first = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(first.count == 43)
        #expect(first[40] == "0" && first[41].hasSuffix("data/0_alto_0.wav") && first[42] == "alto")
        #expect(result.stderr.contains("400 files"))
        #expect(try folder.contents() == ["f.csv", "f.csv.json"], "the CSV and its recipe")
    }

    @Test func nativeRateAndMeanStdOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["features", sampleData, "-o", folder.path("f.csv"), "--sample-rate", "native", "--pooling", "mean+std", "-q"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let header = try String(contentsOfFile: folder.path("f.csv"), encoding: .utf8).prefix { $0 != "\n" }
        #expect(header.hasPrefix("0,1,") && header.contains(",79,label"))

        let recipe = try CommandRunner.run(["features", sampleData, "-o", folder.path("r.csv"), "--recipe", "digitviz", "-q"])
        #expect(recipe.status == 0)
        let columns = try String(contentsOfFile: folder.path("r.csv"), encoding: .utf8).prefix { $0 != "\n" }.split(separator: ",")
        #expect(columns.count == FeatureConfiguration.digitviz.dimension + 3)
        #expect(try CommandRunner.run(["features", sampleData, "--recipe", "fancy"]).status != 0)
    }

    @Test func badFilesAreListedAndTheRestWritten() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.url.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["1_alto_0.wav", "2_bass_1.wav"] {
            try FileManager.default.copyItem(atPath: sampleData + "/" + name, toPath: data.appendingPathComponent(name).path)
        }
        try Data("RIFF junk".utf8).write(to: data.appendingPathComponent("3_x_0.wav"))
        try Data().write(to: data.appendingPathComponent("4_x_0.wav"))
        let result = try CommandRunner.run(["features", data.path, "-o", folder.path("f.csv")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("3_x_0.wav: "))
        #expect(result.stderr.contains("4_x_0.wav: "))
        #expect(result.stderr.contains("2 files skipped"))
        #expect(try String(contentsOfFile: folder.path("f.csv"), encoding: .utf8).split(separator: "\n").count == 3)
    }

    @Test func emptyFolderIsOneLineErrorAndNoOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let empty = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let result = try CommandRunner.run(["features", empty.path, "-o", folder.path("f.csv")])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("digitviz: \(empty.path): no recordings found"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try folder.contents() == ["empty"])
    }

    @Test func unwritableOutputIsOneLineErrorAndNoFile() throws {
        let result = try CommandRunner.run(["features", sampleData + "/0_alto_0.wav", "-o", "/nonexistent/dir/f.csv", "-q"])
        #expect(result.status == 1)
        #expect(result.stderr == "digitviz: /nonexistent/dir/f.csv: cannot write: folder /nonexistent/dir does not exist\n")
    }

    @Test func helpExplainsEveryOption() throws {
        let result = try CommandRunner.run(["features", "--help"])
        #expect(result.status == 0)
        for option in ["--output", "--sample-rate", "--pooling", "--coefficients", "--threads", "--quiet"] {
            #expect(result.stdout.contains(option), "\(option)")
        }
        let bad = try CommandRunner.run(["features", sampleData, "--sample-rate", "fast"])
        #expect(bad.status != 0 && bad.stderr.contains("--sample-rate"))
    }
}
