import DigitAudio
import Foundation
import Testing

/// The figure subcommands, end to end: files written, formats, and bad input.
@Suite struct FigureCommandsTests {
    static let keras = repositoryRoot.appendingPathComponent("Tests/DigitAudioTests/Fixtures/keras")

    /// PNG width and height from the IHDR chunk.
    func pngSize(_ path: String) throws -> (Int, Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(24))
        let number = { (at: Int) in bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test func waveplotsCountplotArchitecture() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let waves = try CommandRunner.run(["waveplots", sampleData, "-o", folder.path("waves")])
        #expect(waves.status == 0, "\(waves.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("waves")).sorted() == (0...9).map { "\($0).png" })
        #expect(try pngSize(folder.path("waves/0.png")) == (1500, 500))

        let count = try CommandRunner.run(["countplot", sampleData, "-o", folder.path("count.svg")])
        #expect(count.status == 0)
        #expect(try String(contentsOfFile: folder.path("count.svg"), encoding: .utf8).contains("Countplot of Digits Audio"))

        let graph = try CommandRunner.run(["architecture", "-o", folder.path("graph.pdf")])
        #expect(graph.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("graph.pdf"))).starts(with: Data("%PDF".utf8)))

        let scaled = try CommandRunner.run(["countplot", sampleData, "-o", folder.path("count2"), "--format", "png", "--scale", "2"])
        #expect(scaled.status == 0)
        #expect(try pngSize(folder.path("count2.png")) == (3000, 2000))
    }

    @Test(arguments: ["console-verbose1.log", "console-verbose2.log", "csvlogger.csv"])
    func curvesFromEveryKerasLogKind(log: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["curves", Self.keras.appendingPathComponent(log).path, "-o", folder.path("c")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("c")).sorted() == ["accuracy.png", "loss.png"])
    }

    @Test func curvesWithoutValidationAndBadLogs() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try "epoch,accuracy,loss\n0,0.5,1.2\n1,0.7,0.8\n".write(toFile: folder.path("train-only.csv"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["curves", folder.path("train-only.csv"), "-o", folder.path("c")]).status == 0)
        // Every metric family gets a figure, the learning rate its own.
        try "epoch,accuracy,loss,lr,auc,val_auc\n0,0.5,1.2,0.001,0.6,0.55\n1,0.7,0.8,0.001,0.7,0.6\n"
            .write(toFile: folder.path("more.csv"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["curves", folder.path("more.csv"), "-o", folder.path("m")]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("m")).sorted() == ["accuracy.png", "auc.png", "learning_rate.png", "loss.png"])

        try "epoch,accuracy,loss\n0,0.5,1.2\n1,0.7\n".write(toFile: folder.path("bad.csv"), atomically: true, encoding: .utf8)
        let bad = try CommandRunner.run(["curves", folder.path("bad.csv"), "-o", folder.path("d")])
        #expect(bad.status == 1)
        #expect(bad.stderr.hasPrefix("digitviz: \(folder.path("bad.csv")):3: "))
        try "".write(toFile: folder.path("empty.log"), atomically: true, encoding: .utf8)
        let empty = try CommandRunner.run(["curves", folder.path("empty.log"), "-o", folder.path("d")])
        #expect(empty.status == 1 && empty.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.path("d")))
    }

    @Test func unknownExtensionAndUnwritableFolder() throws {
        let jpeg = try CommandRunner.run(["architecture", "-o", "/tmp/graph.jpeg"])
        #expect(jpeg.status == 1)
        #expect(jpeg.stderr.contains(".jpeg") && jpeg.stderr.split(separator: "\n").count == 1)
        let missing = try CommandRunner.run(["countplot", sampleData, "-o", "/nonexistent/dir/c.png"])
        #expect(missing.status == 1)
        #expect(missing.stderr.hasPrefix("digitviz: /nonexistent/dir/c.png: cannot write"))
    }

    @Test func missingDigitsAreNamedAndZeroCounted() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.url.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        for name in ["1_alto_0.wav", "2_alto_0.wav"] {
            try FileManager.default.copyItem(atPath: sampleData + "/" + name, toPath: data.appendingPathComponent(name).path)
        }
        let waves = try CommandRunner.run(["waveplots", data.path, "-o", folder.path("w")])
        #expect(waves.status == 1)
        #expect(waves.stderr.contains("0, 3, 4, 5, 6, 7, 8, 9"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("w")).sorted() == ["1.png", "2.png"])
        #expect(try CommandRunner.run(["countplot", data.path, "-o", folder.path("c.png")]).status == 0)
    }

    @Test func figuresTrainsThenRedrawsFromTheModel() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let first = try CommandRunner.run(["figures", sampleData, "-o", folder.path("a"), "--epochs", "3", "-q"])
        #expect(first.status == 0, "\(first.stderr)")
        let made = try FileManager.default.contentsOfDirectory(atPath: folder.path("a")).sorted()
        for name in ["0.png", "9.png", "countplot.png", "graph.png", "accuracy.png", "loss.png", "confusion.png",
                     "mfcc-0.png", "model.safetensors", "run.log", "crossval.png"] {
            #expect(made.contains(name), "\(name)")
        }
        let again = try CommandRunner.run(["figures", sampleData, "-o", folder.path("b"), "-q", "--format", "svg",
                                           "--model", folder.path("a/model.safetensors"), "--log", folder.path("a/run.log")])
        #expect(again.status == 0, "\(again.stderr)")
        // Drawn from the model: no model, log or cross-validation (that needs training).
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("b")).count == made.count - 3)
    }

    @Test func mfccHeatmapsPerFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let result = try CommandRunner.run(["mfcc", sampleData + "/3_alto_0.wav", sampleData + "/7_klatt_2.wav", "-o", folder.path("m")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("m")).sorted() == ["3_alto_0.png", "7_klatt_2.png"])
    }
}
