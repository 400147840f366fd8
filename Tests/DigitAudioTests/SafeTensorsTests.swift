import Foundation
import Testing
@testable import DigitAudio

@Suite struct SafeTensorsTests {
    /// A file made of a raw header and `dataBytes` bytes of data (all zero).
    private func raw(_ header: String, dataBytes: Int, declaredLength: UInt64? = nil) -> Data {
        var data = Data()
        withUnsafeBytes(of: (declaredLength ?? UInt64(header.utf8.count)).littleEndian) { data.append(contentsOf: $0) }
        data.append(Data(header.utf8))
        data.append(Data(count: dataBytes))
        return data
    }

    private func sample() -> SafeTensors {
        var file = SafeTensors(metadata: ["note": "a \"quoted\" / slashed value"])
        file.append("b", .init(shape: [2, 3], values: [1, -2, 3.5, .pi, 0, -0.0]))
        file.append("a", .init(shape: [1], values: [42]))
        file.append("empty", .init(shape: [0, 4], values: []))
        return file
    }

    @Test func encodesTheSafetensorsLayout() throws {
        let data = sample().encoded()
        let length = Int(data.prefix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        #expect(length % 8 == 0)
        #expect(data.count == 8 + length + 28)
        let header = try JSONSerialization.jsonObject(with: data[8 ..< 8 + length]) as! [String: Any]
        let b = header["b"] as! [String: Any]
        #expect(b["dtype"] as? String == "F32")
        #expect(b["shape"] as? [Int] == [2, 3])
        #expect(b["data_offsets"] as? [Int] == [0, 24])
        #expect((header["a"] as! [String: Any])["data_offsets"] as? [Int] == [24, 28])
        // Little-endian float32 data: 1.0 is 00 00 80 3F.
        #expect(Array(data[(8 + length)...].prefix(4)) == [0, 0, 0x80, 0x3F])
        #expect(sample().encoded() == data)
    }

    @Test func roundTripsThroughAFile() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("t.safetensors")
        try sample().write(to: url)
        let read = try SafeTensors(contentsOf: url)
        #expect(read.tensors == sample().tensors)
        #expect(read.metadata == sample().metadata)
        #expect(read.names == ["b", "a", "empty"])
    }

    @Test(arguments: [
        (Data([1, 2, 3, 4, 5]), "too short for a safetensors file: 5 bytes, need at least 8"),
        (Data([0x01, 0xE1, 0xF5, 0x05, 0, 0, 0, 0]), "header length 100000001 exceeds the limit of 100000000 bytes"),
        (Data([64, 0, 0, 0, 0, 0, 0, 0]) + Data("{}".utf8), "header length 64 runs past the end of the file (10 bytes)"),
    ])
    func rejectsBadHeaderLengths(data: Data, message: String) {
        let error = #expect(throws: FileFormatError.self) { try SafeTensors(data: data, file: "m.safetensors") }
        #expect(error?.description == "m.safetensors: " + message)
    }

    @Test(arguments: [
        ("{\"a\": [", 0, "header is not valid JSON"),
        ("[1, 2]", 0, "header is not a JSON object"),
        ("{\"a\": 3}", 0, "tensor 'a' is not a JSON object"),
        ("{\"a\": {\"dtype\": \"F16\", \"shape\": [2], \"data_offsets\": [0, 4]}}", 4,
         "tensor 'a' has dtype F16; only F32 is supported"),
        ("{\"a\": {\"shape\": [2], \"data_offsets\": [0, 8]}}", 8, "tensor 'a' has no dtype"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2.5], \"data_offsets\": [0, 8]}}", 8,
         "tensor 'a' has no valid shape (a list of non-negative integers)"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2.0], \"data_offsets\": [0, 8]}}", 8,
         "tensor 'a' has no valid shape (a list of non-negative integers)"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8e0]}}", 8,
         "tensor 'a' has no valid data_offsets (two integers, begin ≤ end)"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [true], \"data_offsets\": [0, 4]}}", 4,
         "tensor 'a' has no valid shape (a list of non-negative integers)"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [-2], \"data_offsets\": [0, 8]}}", 8,
         "tensor 'a' has no valid shape (a list of non-negative integers)"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [8, 0]}}", 8,
         "tensor 'a' has no valid data_offsets (two integers, begin ≤ end)"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2, 3], \"data_offsets\": [0, 20]}}", 20,
         "tensor 'a' has shape [2, 3] (6 elements × 4 bytes) but data_offsets span 20 bytes"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [4611686018427387904, 4], \"data_offsets\": [0, 0]}}", 0,
         "tensor 'a' has shape [4611686018427387904, 4] (too many elements × 4 bytes) but data_offsets span 0 bytes"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [4, 12]}}", 8,
         "tensor 'a' has data_offsets [4, 12] beyond the 8 bytes of data"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [2], \"data_offsets\": [0, 8]}, \"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [4, 8]}}", 8,
         "tensors 'a' and 'b' overlap"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}, \"b\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [8, 12]}}", 12,
         "bytes 4–8 of the data belong to no tensor (before 'b')"),
        ("{\"a\": {\"dtype\": \"F32\", \"shape\": [1], \"data_offsets\": [0, 4]}}", 12,
         "the last 8 bytes of the data belong to no tensor"),
        ("{\"__metadata__\": {\"k\": 1}}", 0, "__metadata__ must map strings to strings"),
    ])
    func rejectsMalformedHeaders(header: String, dataBytes: Int, message: String) {
        let error = #expect(throws: FileFormatError.self) {
            try SafeTensors(data: raw(header, dataBytes: dataBytes), file: "m.safetensors")
        }
        #expect(error?.description == "m.safetensors: " + message)
    }

    @Test func acceptsAHeaderWithoutMetadataOrTensors() throws {
        let file = try SafeTensors(data: raw("{}      ", dataBytes: 0), file: "m.safetensors")
        #expect(file.names.isEmpty && file.metadata.isEmpty)
    }
}
