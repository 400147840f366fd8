import Foundation
import Testing

/// Outputs are checked before any work, `-o -` writes to standard output, and the tool
/// says its version.
@Suite struct OutputPathTests {
    @Test func missingFolderOrFolderAsFileFailsBeforeTraining() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        for arguments in [["train", sampleData, "-m", folder.path("missing/m.safetensors")],
                          ["train", sampleData, "-m", folder.path("m.safetensors"), "--log", folder.path("missing/run.log")],
                          ["train", sampleData, "-m", folder.path("")],
                          ["features", sampleData, "-o", folder.path("missing/f.csv")],
                          ["crossval", sampleData, "-o", folder.path("missing/cv.png")]] {
            let started = Date()
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("does not exist") || result.stderr.contains("is a folder"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
            // Refused at once: no features were computed, no model trained.
            #expect(Date().timeIntervalSince(started) < 30)
        }
        #expect(try folder.contents().isEmpty)
    }

    @Test func dashWritesTheCSVToStandardOutput() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["features", sampleData, "-o", "-", "-q"], in: folder.url)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("0,1,2,") == true && lines.count == 401)
        #expect(try folder.contents().isEmpty)
    }

    @Test func versionIsPrinted() throws {
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0 && result.stdout.split(separator: ".").count == 3)
    }
}
