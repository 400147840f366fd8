import Foundation
import Testing

/// `-o` gives what was asked: a named figure file is that file, several figures go into a
/// folder or one PDF of a page each, a folder is a folder; and the figure options
/// matplotlib users know (--title, --size, --dpi, --theme) change only what they name.
@Suite struct FigureOutputTests {
    let keras = repositoryRoot.appendingPathComponent("Tests/DigitAudioTests/Fixtures/keras/csvlogger.csv").path
    let three = sampleData + "/3_alto_0.wav", four = sampleData + "/4_bass_1.wav"

    @Test func aFigureFileIsThatFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let mfcc = try CommandRunner.run(["mfcc", three, "-o", folder.path("m3.png")])
        #expect(mfcc.status == 0, "\(mfcc.stderr)")
        #expect(mfcc.stdout == folder.path("m3.png") + "\n")
        #expect(try pngSize(folder.path("m3.png")) == (1500, 600), "a file, not a folder named m3.png")

        let curves = try CommandRunner.run(["curves", keras, "-o", folder.path("c.pdf")])
        #expect(curves.status == 0, "\(curves.stderr)")
        #expect(try pdfPages(folder.path("c.pdf")) == 2, "accuracy and loss, a page each")

        let two = try CommandRunner.run(["mfcc", three, four, "-o", folder.path("both.pdf"), "-q"])
        #expect(two.status == 0 && two.stdout.isEmpty)
        #expect(try pdfPages(folder.path("both.pdf")) == 2)
        #expect(try folder.contents() == ["both.pdf", "c.pdf", "m3.png"])
    }

    @Test func severalFiguresInOneImageOrAFileAsFolderAreOneLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try Data().write(to: folder.url.appendingPathComponent("file"))
        let cases: [([String], String)] = [
            (["mfcc", three, four, "-o", folder.path("m.png")], "m.png: one image cannot hold 2 figures: give a folder, or a .pdf"),
            (["curves", keras, "-o", folder.path("c.svg")], "c.svg: one image cannot hold 2 figures: choose a metric with --metric"),
            (["waveplots", sampleData, "-o", folder.path("file")], "file: cannot write into it: it is a file; give a folder"),
            (["figures", sampleData, "-o", folder.path("f.png"), "--model", repositoryRoot.path + "/img/model.safetensors"],
             "f.png: figures writes a model, a run log and many figures here: give a folder"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.hasPrefix("digitviz: ") && result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
        }
        #expect(try folder.contents() == ["file"])
        for arguments in [["mfcc", three, four, "-o", folder.path("m.pdf"), "--title", "x"], ["waveplots", sampleData, "--title", "x"],
                          ["figures", sampleData, "--title", "x", "-o", folder.path("f")]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 64 && result.stderr.contains("--title names one figure"), "a usage error: \(arguments)")
        }
        #expect(try folder.contents() == ["file"])
    }

    @Test func aFolderIsAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let countplot = try CommandRunner.run(["countplot", sampleData, "-o", folder.url.path])
        #expect(countplot.status == 0, "\(countplot.stderr)")
        #expect(try folder.contents() == ["countplot.png"])
        let architecture = try CommandRunner.run(["architecture", "-o", folder.path("new") + "/", "-q"])
        #expect(architecture.status == 1, "a missing folder is not made for one file")
        let curves = try CommandRunner.run(["curves", keras, "--metric", "loss", "-o", folder.path("plots")])
        #expect(curves.status == 0 && curves.stdout == folder.path("plots") + "/loss.png\n", "\(curves.stdout)")
    }

    @Test func figureOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        func draw(_ name: String, _ options: [String]) throws -> Data {
            let result = try CommandRunner.run(["curves", keras, "--metric", "loss", "-o", folder.path(name)] + options)
            #expect(result.status == 0, "\(result.stderr)")
            return try Data(contentsOf: folder.url.appendingPathComponent(name))
        }
        let plain = try draw("plain.png", [])
        #expect(try draw("light.png", ["--theme", "light", "--dpi", "100"]) == plain, "the defaults are today's figure, byte for byte")
        #expect(try draw("titled.png", ["--title", "Run 7"]) != plain)
        _ = try draw("small.png", ["--size", "6,4", "--dpi", "150"])
        #expect(try pngSize(folder.path("small.png")) == (900, 600))
        _ = try draw("dense.png", ["--dpi", "200"])
        #expect(try pngSize(folder.path("dense.png")) == (3000, 2000))
        let dark = try draw("dark.png", ["--theme", "dark"])
        #expect(dark != plain)

        for conflict in [["--size", "6,4", "--scale", "2"], ["--dpi", "200", "--scale", "2"], ["--size", "6"], ["--theme", "blue"]] {
            let result = try CommandRunner.run(["curves", keras, "-o", folder.path("x.pdf")] + conflict)
            #expect(result.status == 64, "a usage error: \(conflict)")
        }
        let help = try CommandRunner.run(["curves", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for text in ["--title", "--size <w,h>", "--dpi", "--theme", "(default: curves)", "15,10 for curves: 1500×1000 pixels at 100 dpi"] {
            #expect(help.contains(text), "\(text)")
        }
    }

    /// Width and height of a PNG file, from its IHDR chunk.
    func pngSize(_ path: String) throws -> (Int, Int) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// The number of pages of a PDF file.
    func pdfPages(_ path: String) throws -> Int {
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        return text.components(separatedBy: "/Type /Page").dropFirst().filter { !$0.hasPrefix("s") }.count
    }
}
