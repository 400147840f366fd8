import Foundation
import Testing

/// libsndfile and Cairo are opened on first use: a command that needs neither never loads
/// them (nor the twenty-odd libraries they link), and one that cannot load them says so in
/// one line.
@Suite struct LibraryLoadingTests {
    /// The libraries the dynamic loader opened for `digitviz arguments…`, from its
    /// `LD_DEBUG=files` trace (glibc).
    private func loadedLibraries(_ arguments: [String], in folder: TemporaryFolder) throws -> String {
        let trace = folder.path("ld-trace")
        let run = try CommandRunner.run(arguments, environment: ["LD_DEBUG": "files", "LD_DEBUG_OUTPUT": trace])
        #expect(run.status == 0, "\(run.stderr)")
        let traces = try folder.contents().filter { $0.hasPrefix("ld-trace") }
        #expect(!traces.isEmpty)
        let text = try traces.map { try String(contentsOfFile: folder.path($0), encoding: .utf8) }.joined()
        for file in traces { try FileManager.default.removeItem(atPath: folder.path(file)) }
        return text
    }

    @Test func onlyCommandsThatDrawLoadCairo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let features = try loadedLibraries(["features", sampleData + "/3_alto_0.wav", "-o", folder.path("f.csv")], in: folder)
        #expect(features.contains("libsoxr"), "the trace lists the libraries loaded at start")
        #expect(!features.contains("libcairo") && !features.contains("libsndfile"))
        let drawing = try loadedLibraries(["countplot", sampleData, "-o", folder.path("c.png")], in: folder)
        #expect(drawing.contains("libcairo.so.2"))
    }

    @Test func aLibraryThatCannotBeLoadedIsOneLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // A file that is not a library, found first through LD_LIBRARY_PATH.
        try Data("not a library".utf8).write(to: folder.url.appendingPathComponent("libcairo.so.2"))
        let run = try CommandRunner.run(["countplot", sampleData, "-o", folder.path("c.png")],
                                        environment: ["LD_LIBRARY_PATH": folder.url.path])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1 && lines[0].hasPrefix("digitviz: cannot load libcairo.so.2, needed to draw figures (Cairo): "),
                "\(run.stderr)")
        #expect(try folder.contents() == ["libcairo.so.2"])
    }
}
