import Foundation
import Testing
@testable import DigitAudio

/// Finding labelled recordings in folder trees.
@Suite struct DatasetScannerTests {
    @Test func fsddNamesFoldersAndMetadata() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let tone = TestAudioFiles.tone(count: 100)
        try files.write("7_jackson_32.wav", samples: tone)
        try files.write("3/clip.wav", samples: tone)
        try files.write("other/unknown.wav", samples: tone)
        try files.write("readme.txt", bytes: Array("not audio".utf8))
        let scan = try DatasetScanner().scan(files.folder)
        #expect(scan.recordings.map(\.digit) == [3, 7])
        #expect(scan.recordings[1].speaker == "jackson")
        #expect(scan.recordings[1].index == 32)
        #expect(scan.recordings[0].speaker == nil)
        #expect(scan.unlabeled.map(\.lastPathComponent) == ["unknown.wav"])

        try files.write("metadata.csv", bytes: Array("absPath,fileName,label\n/x/unknown.wav,unknown.wav,5\n".utf8))
        #expect(try DatasetScanner().scan(files.folder).recordings.map(\.digit) == [3, 7, 5])
    }

    /// FIFOs, devices and folders with audio names are reported, never opened; a count of
    /// recordings counts only those whose header checks.
    @Test func irregularAndUnreadableFilesAreSetApart() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let tone = TestAudioFiles.tone(count: 100)
        try files.write("1_a_0.wav", samples: tone)
        try files.write("1_a_1.wav", bytes: Array("not audio".utf8))
        try FileManager.default.createDirectory(at: files.folder.appendingPathComponent("2_a_0.wav"), withIntermediateDirectories: true)
        #expect(mkfifo(files.folder.appendingPathComponent("3_a_0.wav").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: files.folder.appendingPathComponent("4_a_0.wav").path,
                                                   withDestinationPath: files.folder.appendingPathComponent("1_a_0.wav").path)
        let scan = try DatasetScanner().scan(files.folder)
        #expect(scan.recordings.map(\.url.lastPathComponent) == ["1_a_0.wav", "1_a_1.wav", "4_a_0.wav"])
        #expect(scan.unreadable.map(\.message) == ["is a folder: skipped", "not a regular file (a FIFO): skipped"])
        let readable = scan.readableRecordings()
        #expect(readable.recordings.map(\.url.lastPathComponent) == ["1_a_0.wav", "4_a_0.wav"])
        #expect(readable.failures.map(\.file) == [files.folder.appendingPathComponent("1_a_1.wav").path])
    }

    @Test func bundledSampleDataHasEveryDigit() throws {
        let scan = try DatasetScanner().scan(repositoryRoot.appendingPathComponent("data"))
        #expect(scan.unlabeled.isEmpty)
        #expect(Set(scan.recordings.map(\.digit)) == Set(0...9))
        for digit in 0...9 { #expect(scan.recordings.filter { $0.digit == digit }.count >= 30) }
        #expect(Set(scan.recordings.compactMap(\.speaker)).count >= 8)
    }

    @Test func folderWithoutRecordingsIsAnError() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        try files.write("notes.txt", bytes: Array("hello".utf8))
        let error = try #require(throws: FileFormatError.self) { try DatasetScanner().scan(files.folder) }
        #expect(error.message.hasPrefix("no recordings found"))
        #expect(throws: FileFormatError.self) { try DatasetScanner().scan(files.folder.appendingPathComponent("missing")) }
    }

    @Test func recordingNames() {
        #expect(RecordingName(fileName: "7_jackson_32.wav") == RecordingName(digit: 7, speaker: "jackson", index: 32))
        #expect(RecordingName(fileName: "/a/b/0_x_0") != nil)
        #expect(RecordingName(fileName: "12_x_0.wav") == nil)
        #expect(RecordingName(fileName: "7_jackson.wav") == nil)
        #expect(RecordingName(fileName: "7__3.wav") == nil)
    }

    /// Audio by its name's last extension, in any case, as `URL.pathExtension` reads it.
    @Test func audioExtensions() {
        for name in ["a.wav", "7_x_1.WAV", "b.c.flac", "d.Opus", "..wav"] { #expect(DatasetScanner.isAudio(name: name), "\(name)") }
        for name in ["wav", "a.wav.txt", "x.", ".wav", "a.wave2", ""] { #expect(!DatasetScanner.isAudio(name: name), "\(name)") }
        for name in ["a.wav", "7_x_1.WAV", "b.c.flac", "wav", "a.wav.txt", "x."] {
            let viaURL = DatasetScanner.audioExtensions.contains(URL(fileURLWithPath: "/data/" + name).pathExtension.lowercased())
            #expect(DatasetScanner.isAudio(name: name) == viaURL, "\(name)")
        }
    }
}
