import Foundation
import Glibc
import Testing
@testable import DigitAudio

/// `OpenFile`'s reads: whole files of every size around its buffer's steps, limits, offsets
/// and pipes (whose size is unknown), byte for byte.
@Suite struct OpenFileTests {
    /// `count` bytes that differ from one position to the next.
    private func bytes(_ count: Int) -> Data {
        Data((0 ..< count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) })
    }

    @Test(arguments: [0, 1, 8, 65_535, 65_536, 65_537, 340_168])
    func readsAWholeRegularFile(size: Int) throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("file")
        try bytes(size).write(to: url)
        #expect(try OpenFile(readingAtPath: url.path).readToEnd() == bytes(size))
        #expect(try OpenFile(readingAtPath: url.path).read(upToCount: 100) == bytes(size).prefix(100))
    }

    @Test func readsTheRestAfterAnOffset() throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("file")
        try bytes(200_000).write(to: url)
        let file = try OpenFile(readingAtPath: url.path)
        #expect(try file.read(upToCount: 8) == bytes(8))
        #expect(try file.readToEnd() == bytes(200_000).dropFirst(8))
    }

    @Test func readsIntoABufferAtAnOffsetWithoutMovingTheFile() throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("file")
        try bytes(200_000).write(to: url)
        let file = try OpenFile(readingAtPath: url.path)
        var buffer = [UInt8](repeating: 0, count: 100_000)
        #expect(try buffer.withUnsafeMutableBytes { try file.read(into: $0, at: 50_000) } == 100_000)
        #expect(Data(buffer) == bytes(200_000)[50_000 ..< 150_000])
        #expect(try buffer.withUnsafeMutableBytes { try file.read(into: $0, at: 199_000) } == 1_000, "short at the end")
        #expect(Data(buffer.prefix(1_000)) == bytes(200_000).suffix(1_000))
        #expect(try file.read(upToCount: 8) == bytes(8), "the file's own offset stays at the start")
    }

    @Test func readsAPipeOfUnknownLength() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let expected = bytes(150_000), writeEnd = ends[1]
        let writer = Thread {
            try? OpenFile.write(expected, to: writeEnd)
            close(writeEnd)
        }
        writer.start()
        let reader = OpenFile(descriptor: ends[0])
        #expect(try reader.read(upToCount: 100_000) == expected.prefix(100_000))
        #expect(try reader.readToEnd() == expected.dropFirst(100_000))
    }
}
