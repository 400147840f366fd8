import Foundation
import Testing

/// `digitviz curves` on every kind of log, several runs, options and bad input.
@Suite struct CurvesCommandTests {
    static let fixtures = repositoryRoot.appendingPathComponent("Tests/DigitAudioTests/Fixtures")

    /// Every public sample, every log made by scripts/make-log-fixtures.py, and the Keras samples.
    static let allLogs: [String] = ["logs/public", "logs/generated", "keras"].flatMap { logs(in: fixtures.appendingPathComponent($0)) }

    /// The files of a folder, and its subfolders holding a run (TensorBoard event files, Keras'
    /// `train/`, a `metrics.csv`) as one log each; other subfolders are searched.
    static func logs(in folder: URL) -> [String] {
        let manager = FileManager.default
        let items = ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        return items.flatMap { item -> [String] in
            let url = folder.appendingPathComponent(item)
            var isFolder: ObjCBool = false
            _ = manager.fileExists(atPath: url.path, isDirectory: &isFolder)
            guard isFolder.boolValue else {
                return ["README.md", "SOURCES.tsv", "expected.json"].contains(item) ? [] : [url.path]
            }
            let inside = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
            let isRun = inside.contains { $0.hasPrefix("events.out.tfevents") || $0 == "train" || $0 == "metrics.csv" }
            return isRun ? [url.path] : logs(in: url)
        }
    }

    @Test func everySampleIsFound() {
        #expect(Self.allLogs.count == 23, "\(Self.allLogs)")
    }

    @Test(arguments: allLogs)
    func drawsEveryLog(log: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["curves", log, "-o", folder.path("out")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("out"))
        #expect(!files.isEmpty && files.allSatisfy { $0.hasSuffix(".png") })
        #expect(result.stdout.split(separator: "\n").count == files.count)
    }

    @Test func twoRunsOnOneChart() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let keras = Self.fixtures.appendingPathComponent("keras/csvlogger.csv").path
        let lightning = Self.fixtures.appendingPathComponent("logs/generated/lightning/metrics.csv").path
        let both = try CommandRunner.run(["curves", keras, lightning, "--metric", "loss", "--x", "epoch", "-o", folder.path("a")])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("a")) == ["loss.png"])
        let labelled = try CommandRunner.run(["curves", keras, lightning, "--label", "keras", "--label", "torch", "--metric", "val_loss", "-o", folder.path("b")])
        #expect(labelled.status == 0, "\(labelled.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("b")) == ["loss.png"])
    }

    @Test func metricNamesNeverWriteOutsideTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "epoch,../../x,/tmp/y,loss\n0,1,2,3\n1,1,2,2\n".write(toFile: folder.path("evil.csv"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["curves", folder.path("evil.csv"), "-o", folder.path("deep/out")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try folder.contents() == ["deep", "evil.csv"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("deep")) == ["out"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("deep/out")).sorted() == ["_.._x.png", "_tmp_y.png", "loss.png"])
    }

    @Test func optionsAreChecked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let keras = Self.fixtures.appendingPathComponent("keras/csvlogger.csv").path
        let unknown = try CommandRunner.run(["curves", keras, "--metric", "auc", "-o", folder.path("o")])
        #expect(unknown.status == 1 && unknown.stderr.contains("no metric 'auc'") && unknown.stderr.contains("accuracy, loss"))
        #expect(try CommandRunner.run(["curves", keras, "--smooth", "1", "-o", folder.path("o")]).status != 0)
        #expect(try CommandRunner.run(["curves", keras, "--x", "time", "-o", folder.path("o")]).status != 0)
        #expect(try CommandRunner.run(["curves", keras, keras, "--label", "one", "-o", folder.path("o")]).status != 0)
        #expect(!FileManager.default.fileExists(atPath: folder.path("o")))
        let smoothed = try CommandRunner.run(["curves", keras, "--smooth", "0.6", "--log-y", "--x", "step", "-o", folder.path("s")])
        #expect(smoothed.status == 0, "\(smoothed.stderr)")
    }

    @Test func badLogsAreOneLineAndNoFigure() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let cases: [(String, Data, String)] = [
            ("empty.log", Data(), "the file is empty"),
            ("model.bin", Data([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3E, 0]), "binary content"),
            ("config.json", Data(#"{"hidden_size": 16}"#.utf8), "JSON without log_history or metric lists"),
            ("table.csv", Data("name,value\na,1\n".utf8), "a CSV without an epoch or step column"),
            ("nan.csv", Data("epoch,loss,accuracy\n0,nan,nan\n1,nan,inf\n".utf8), "no metric has a finite value"),
        ]
        for (name, content, message) in cases {
            try content.write(to: folder.url.appendingPathComponent(name))
            let result = try CommandRunner.run(["curves", folder.path(name), "-o", folder.path("out")])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("digitviz: \(folder.path(name)): \(message)"), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: folder.path("out")))
        }
        try FileManager.default.createDirectory(atPath: folder.path("emptydir"), withIntermediateDirectories: true)
        let empty = try CommandRunner.run(["curves", folder.path("emptydir"), "-o", folder.path("out")])
        #expect(empty.status == 1 && empty.stderr.contains("a folder without TensorBoard event files"))
    }
}
