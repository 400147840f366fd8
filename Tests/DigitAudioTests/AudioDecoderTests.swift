import CSndFile
import Foundation
import Testing
@testable import DigitAudio

/// Decoding with libsndfile: formats, channel mixing, and every kind of bad file.
@Suite struct AudioDecoderTests {
    @Test func sixteenBitPCMIsDividedBy32768() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let url = try files.write("a.wav", bytes: TestAudioFiles.pcm16WAV([0, 16384, -16384, -32768, 32767, 1]))
        let clip = try AudioDecoder.decode(url)
        #expect(clip.sampleRate == 8000)
        #expect(clip.samples == [0, 0.5, -0.5, -1, 32767.0 / 32768, 1.0 / 32768])
    }

    @Test(arguments: [
        ("24.wav", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_24)),
        ("32.wav", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_32)),
        ("float.wav", Int32(SF_FORMAT_WAV | SF_FORMAT_FLOAT)),
        ("u8.wav", Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_U8)),
        ("a.flac", Int32(SF_FORMAT_FLAC | SF_FORMAT_PCM_16)),
        ("a.ogg", Int32(SF_FORMAT_OGG | SF_FORMAT_VORBIS)),
    ])
    func otherFormatsDecodeToTheSameSignal(name: String, format: Int32) throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let tone = TestAudioFiles.tone(count: 4000)
        let clip = try AudioDecoder.decode(try files.write(name, samples: tone, format: format))
        #expect(clip.samples.count >= 4000)
        // Lossy Vorbis and 8-bit PCM only approximate the tone.
        let tolerance: Float = name.hasSuffix("ogg") ? 0.1 : name.hasPrefix("u8") ? 1e-2 : 1e-4
        let worst = zip(clip.samples, tone).map { abs($0 - $1) }.max()!
        #expect(worst < tolerance)
    }

    @Test func stereoIsAveragedToMono() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let url = try files.write("s.wav", samples: [0.5, 0.25, -0.5, 0, 1.0 / 32768, 3.0 / 32768], channels: 2)
        #expect(try AudioDecoder.decode(url).samples == [0.375, -0.25, 2.0 / 32768])
    }

    @Test func headerOnlyWAVIsAnError() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let url = try files.write("empty.wav", samples: [])
        #expect(throws: FileFormatError(file: url.path, message: "no audio frames")) { try AudioDecoder.decode(url) }
    }

    @Test func truncatedWAVIsAnError() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let whole = try Data(contentsOf: try files.write("whole.wav", samples: TestAudioFiles.tone(count: 1000)))
        let url = try files.write("cut.wav", bytes: Array(whole.prefix(44 + 600)))
        #expect(whole.count == 44 + 2000)
        let error = try #require(throws: FileFormatError.self) { try AudioDecoder.decode(url) }
        #expect(error.file == url.path)
        #expect(error.message.contains("truncated"))
    }

    @Test(arguments: [("zero.wav", [UInt8]()), ("noise.wav", Array("this is not a wav file at all".utf8)), ("notes.txt", Array("hello".utf8))])
    func nonAudioIsAnErrorNamingTheFile(name: String, bytes: [UInt8]) throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let url = try files.write(name, bytes: bytes)
        let error = try #require(throws: FileFormatError.self) { try AudioDecoder.decode(url) }
        #expect(error.description.hasPrefix(url.path + ": "))
        #expect(!error.description.contains("\n"))
    }

    @Test func missingFileSaysSo() {
        #expect(throws: FileFormatError(file: "/nonexistent/x.wav", message: "no such file")) {
            try AudioDecoder.decode(URL(fileURLWithPath: "/nonexistent/x.wav"))
        }
    }

    @Test func decodesBytesFromMemory() throws {
        let files = try TestAudioFiles()
        defer { files.remove() }
        let data = try Data(contentsOf: try files.write("m.wav", samples: [0.25, -0.25]))
        #expect(try AudioDecoder.decode(data: data, name: "<stdin>").samples == [0.25, -0.25])
        #expect(throws: FileFormatError.self) { try AudioDecoder.decode(data: Data([1, 2, 3]), name: "<stdin>") }
    }
}
