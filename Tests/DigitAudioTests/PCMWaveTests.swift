import CSndFile
import Foundation
import Testing
@testable import DigitAudio

/// The direct reader of plain 16-bit PCM WAVs gives libsndfile's samples, and leaves every
/// other file to libsndfile.
@Suite struct PCMWaveTests {
    /// libsndfile's clip of a file, read through ``AudioReader`` alone.
    private func libsndfileClip(_ url: URL) throws -> AudioClip {
        try AudioReader(url).clip()
    }

    /// Every recording of the bundled data set, bit for bit.
    @Test func bundledRecordingsEqualLibsndfile() throws {
        let data = repositoryRoot.appendingPathComponent("data")
        let files = try DatasetScanner().audioFiles(in: data)
        #expect(files.count > 100)
        for url in files {
            let clip = try #require(PCMWave.clip(atPath: url.path, limit: .analysis), "\(url.lastPathComponent) declined")
            #expect(clip == (try libsndfileClip(url)), "\(url.lastPathComponent)")
        }
    }

    /// Full-scale values, one and three channels (averaged as libsndfile's floats are), from a
    /// file and from memory.
    @Test(arguments: [1, 2, 3])
    func channelsAreAveragedAsLibsndfile(channels: Int) throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let frames = 1001
        let signals = (0..<channels).map { channel in
            (0..<frames).map { i -> Float in
                if i % 7 == channel { return -1 }
                if i % 11 == channel { return Float(32_767) / 32_768 }
                let phase = Double(i * (channel + 1)) * 0.37
                return Float(sin(phase)) * 0.9
            }
        }
        let url = files.folder.appendingPathComponent("tone.wav")
        try WAVWriter.write(channels: signals, sampleRate: 11_025, to: url)
        let expected = try libsndfileClip(url)
        #expect(expected.samples.count == frames && expected.sampleRate == 11_025)
        #expect(PCMWave.clip(atPath: url.path, limit: .analysis) == expected)
        let bytes = try Data(contentsOf: url)
        #expect(bytes.withUnsafeBytes { PCMWave.clip(in: $0, limit: .analysis) } == expected)
        #expect(try AudioDecoder.decode(url) == expected)
    }

    /// Chunks before `data` (LIST, fact) are stepped over.
    @Test func skipsOtherChunks() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        var bytes = TestAudioFiles.pcm16WAV([1, -2, 3, 32_767, -32_768])
        let list = Array("LIST".utf8) + [6, 0, 0, 0] + Array("INFOab".utf8)
        bytes.insert(contentsOf: list, at: 36)
        let url = try files.write("list.wav", bytes: bytes)
        let clip = try #require(PCMWave.clip(atPath: url.path, limit: .analysis))
        #expect(clip.samples == [1, -2, 3, 32_767, -32_768].map { Float($0) / 32_768 })
        #expect(clip == (try libsndfileClip(url)))
    }

    /// Files the reader leaves to libsndfile: other sample formats, truncated or empty data,
    /// no WAV at all, too long for the limit, not a regular file.
    @Test func declinesWhatItDoesNotRead() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let tone = TestAudioFiles.tone(count: 800)
        let other = [SF_FORMAT_PCM_24, SF_FORMAT_FLOAT, SF_FORMAT_PCM_U8].map { format in
            try? files.write("format\(format).wav", samples: tone, format: Int32(SF_FORMAT_WAV | format))
        }
        for url in other.compactMap({ $0 }) { #expect(PCMWave.clip(atPath: url.path, limit: .analysis) == nil) }
        let flac = try files.write("tone.flac", samples: tone, format: Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16))
        #expect(PCMWave.clip(atPath: flac.path, limit: .analysis) == nil)
        let whole = TestAudioFiles.pcm16WAV([Int16](repeating: 100, count: 600))
        let truncated = try files.write("truncated.wav", bytes: Array(whole.prefix(44 + 400)))
        #expect(PCMWave.clip(atPath: truncated.path, limit: .analysis) == nil)
        #expect(throws: FileFormatError.self) { try AudioDecoder.decode(truncated) }
        let headerOnly = try files.write("empty.wav", bytes: TestAudioFiles.pcm16WAV([]))
        #expect(PCMWave.clip(atPath: headerOnly.path, limit: .analysis) == nil)
        let tooLong = try files.write("long.wav", bytes: TestAudioFiles.pcm16WAV([Int16](repeating: 1, count: 8001)))
        #expect(PCMWave.clip(atPath: tooLong.path, limit: AudioLengthLimit(seconds: 1, purpose: "a test")) == nil)
        #expect(PCMWave.clip(atPath: files.folder.path, limit: .analysis) == nil)
        #expect(PCMWave.clip(atPath: files.folder.appendingPathComponent("missing.wav").path, limit: .analysis) == nil)
        #expect([UInt8]().withUnsafeBytes { PCMWave.clip(in: $0, limit: .analysis) } == nil)
    }
}
