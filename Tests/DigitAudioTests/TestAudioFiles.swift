import CSndFile
import Foundation

/// Audio files made by the tests themselves, in a fresh temporary folder.
struct TestAudioFiles {
    /// The folder; removed by `remove()`.
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("digitviz-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// Writes interleaved samples with libsndfile in `format` (e.g. WAV | PCM_16) and returns the URL.
    @discardableResult
    func write(_ name: String, samples: [Float], channels: Int = 1, sampleRate: Int = 8000,
               format: Int32 = Int32(SF_FORMAT_WAV | SF_FORMAT_PCM_16)) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var info = SF_INFO(frames: 0, samplerate: Int32(sampleRate), channels: Int32(channels), format: format, sections: 0, seekable: 0)
        guard let file = sf_open(url.path, Int32(SFM_WRITE), &info) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: sf_strerror(nil))])
        }
        _ = samples.withUnsafeBufferPointer { sf_writef_float(file, $0.baseAddress, sf_count_t(samples.count / channels)) }
        sf_close(file)
        return url
    }

    /// Writes raw bytes.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// The bytes of a mono 16-bit PCM WAV holding exactly `values`.
    static func pcm16WAV(_ values: [Int16], sampleRate: Int = 8000) -> [UInt8] {
        func le32(_ v: Int) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
        func le16(_ v: Int) -> [UInt8] { (0..<2).map { UInt8((v >> (8 * $0)) & 0xFF) } }
        let data = values.flatMap { le16(Int(UInt16(bitPattern: $0))) }
        return Array("RIFF".utf8) + le32(36 + data.count) + Array("WAVEfmt ".utf8) + le32(16) + le16(1) + le16(1)
            + le32(sampleRate) + le32(2 * sampleRate) + le16(2) + le16(16) + Array("data".utf8) + le32(data.count) + data
    }

    /// A sine tone of `count` samples.
    static func tone(count: Int, frequency: Double = 440, sampleRate: Int = 8000, amplitude: Double = 0.5) -> [Float] {
        (0..<count).map { Float(amplitude * sin(2 * Double.pi * frequency * Double($0) / Double(sampleRate))) }
    }
}
