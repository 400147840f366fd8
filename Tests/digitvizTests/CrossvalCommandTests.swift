import Foundation
import Testing

/// `digitviz crossval`, end to end on the bundled data (ten espeak-ng voices).
@Suite struct CrossvalCommandTests {
    @Test func leaveOneSpeakerOutPrintsJSONAndDrawsTheChart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["crossval", sampleData, "--epochs", "5", "--json", "-q", "-o", folder.path("cv.png")])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let folds = try #require(report["folds"] as? [[String: Any]])
        #expect(folds.count == 10)
        #expect(folds.allSatisfy { ($0["recordings"] as? Int) == 40 })
        #expect(Set(folds.compactMap { $0["name"] as? String }).contains("klatt"))
        let mean = try #require(report["mean_accuracy"] as? Double)
        #expect(mean > 0.1 && mean <= 1)
        #expect(try folder.contents() == ["cv.png"])
    }

    @Test func badInputIsOneLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // One speaker only.
        let one = folder.url.appendingPathComponent("alto")
        try FileManager.default.createDirectory(at: one, withIntermediateDirectories: true)
        for digit in 0..<10 {
            for take in 0..<2 {
                try FileManager.default.copyItem(atPath: sampleData + "/\(digit)_alto_\(take).wav",
                                                 toPath: one.appendingPathComponent("\(digit)_alto_\(take).wav").path)
            }
        }
        let single = try CommandRunner.run(["crossval", one.path, "-q", "-o", folder.path("cv.png")])
        #expect(single.status == 1)
        #expect(single.stderr.split(separator: "\n").count == 1 && single.stderr.contains("at least two speakers"))
        // Both ways of making folds: a usage error.
        let both = try CommandRunner.run(["crossval", sampleData, "--by", "speaker", "--folds", "3"])
        #expect(both.status == 64)
        #expect(try folder.contents() == ["alto"])
    }

    /// An augmentation option out of range is a usage error naming the option, before any work.
    @Test(arguments: [["--augment-speed", "0"], ["--augment-warp", "3"], ["--augment-warp", "-1"], ["--augment-noise", "nan"]])
    func augmentationOutOfRangeIsAUsageError(option: [String]) throws {
        let result = try CommandRunner.run(["crossval", sampleData, "-q", "-o", "/nonexistent/cv.png"] + option)
        #expect(result.status == 64, "\(option): \(result.stderr)")
        #expect(result.stderr.contains(option[0]), "\(option): \(result.stderr)")
    }
}
