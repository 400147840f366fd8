import FoundationEssentials

/// The content of a safetensors file: named 32-bit float tensors and string metadata.
///
/// The format (Hugging Face's `safetensors`): 8 bytes holding the header length N as a
/// little-endian UInt64, then N bytes of JSON mapping each tensor name to
/// `{"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}` plus an optional
/// `"__metadata__"` map of strings to strings, then the tensors' raw little-endian bytes,
/// at offsets relative to the end of the header. Only `F32` is supported.
///
/// Writing pads the header with spaces to a multiple of 8 bytes, as the reference writer
/// does, and sorts JSON keys so the same content always gives the same bytes. Reading
/// enforces the format's safety rules (see ``init(data:file:)``).
public struct SafeTensors: Sendable, Equatable {
    /// One tensor: its shape and its values in row-major order.
    public struct Tensor: Sendable, Equatable {
        /// The size of each dimension.
        public var shape: [Int]
        /// The values, row-major; as many as the product of `shape`.
        public var values: [Float]

        /// A tensor; `values.count` must equal the product of `shape`.
        public init(shape: [Int], values: [Float]) {
            precondition(shape.allSatisfy { $0 >= 0 } && shape.reduce(1, *) == values.count,
                         "values do not fill the shape")
            self.shape = shape
            self.values = values
        }
    }

    /// The largest header accepted when reading, in bytes (100 MB, as the reference reader).
    public static let maximumHeaderLength = 100_000_000

    /// Tensor names in the order their data is stored.
    public private(set) var names: [String] = []
    /// The tensors by name.
    public private(set) var tensors: [String: Tensor] = [:]
    /// The `__metadata__` map.
    public var metadata: [String: String]

    /// An empty file with the given metadata.
    public init(metadata: [String: String] = [:]) {
        self.metadata = metadata
    }

    /// Adds a tensor after the others; the name must be new and not `__metadata__`.
    public mutating func append(_ name: String, _ tensor: Tensor) {
        precondition(tensors[name] == nil && name != "__metadata__", "duplicate or reserved tensor name \(name)")
        names.append(name)
        tensors[name] = tensor
    }

    /// The tensor called `name`, if any.
    public subscript(name: String) -> Tensor? { tensors[name] }

    // MARK: - Writing

    /// The file's bytes.
    public func encoded() -> Data {
        func list(_ numbers: [Int]) -> String { "[" + numbers.map(String.init).joined(separator: ",") + "]" }
        var header: [String: String] = [:]
        var offset = 0
        for name in names {
            let tensor = tensors[name]!
            let length = tensor.values.count * MemoryLayout<Float>.size
            header[name] = SortedJSON.object([
                "dtype": SortedJSON.string("F32"), "shape": list(tensor.shape), "data_offsets": list([offset, offset + length]),
            ])
            offset += length
        }
        if !metadata.isEmpty { header["__metadata__"] = SortedJSON.object(metadata.mapValues(SortedJSON.string)) }
        var json = Data(SortedJSON.object(header).utf8)
        json.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: (8 - json.count % 8) % 8))

        var data = Data(capacity: 8 + json.count + offset)
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(json)
        for name in names {
            for value in tensors[name]!.values {
                withUnsafeBytes(of: value.bitPattern.littleEndian) { data.append(contentsOf: $0) }
            }
        }
        return data
    }

    /// Writes the file atomically (a temporary file in the same folder, then a rename).
    public func write(to url: URL) throws {
        try AtomicFile.write(encoded(), to: url)
    }

    // MARK: - Reading

    /// Reads and checks a safetensors file, reading no more than its format allows: the
    /// 8-byte header length is checked against the limit and the file's size before the
    /// header is read, and a file longer than `maximumLength` bytes is refused unread.
    ///
    /// - Throws: a one-line ``FileFormatError`` as ``init(data:file:)``, or when the file
    ///   cannot be read, is not a regular file, or is longer than `maximumLength`.
    public init(contentsOf url: URL, maximumLength: Int = .max) throws {
        let name = url.relativePath
        func fail(_ message: String) -> FileFormatError { FileFormatError(file: name, message: message) }
        if let problem = RegularFile.problem(at: url.path) { throw fail(problem) }
        let file: OpenFile
        do { file = try OpenFile(readingAtPath: url.path) } catch {
            throw FileFormatError(url: url, cannot: "read", because: error)
        }
        let length: Int
        do { length = Int(try file.status().st_size) } catch { throw fail("cannot read: \(FileFormatError.reason(error))") }
        do {
            let prefix = try file.read(upToCount: 8)
            guard prefix.count == 8 else { throw fail("too short for a safetensors file: \(prefix.count) bytes, need at least 8") }
            let headerLength = Self.headerLength(prefix)
            try Self.checkHeaderLength(headerLength, fileLength: length, file: name)
            guard length <= maximumLength else {
                throw fail("\(length) bytes is longer than the limit of \(maximumLength) bytes")
            }
            let header = try file.read(upToCount: Int(headerLength))
            let dataStart = 8 + Int(headerLength)
            // Each tensor is read straight into its values: no copy of the whole file first.
            try self.init(header: header, dataLength: length - dataStart, file: name) { buffer, offset in
                guard try file.read(into: buffer, at: dataStart + offset) == buffer.count else {
                    throw fail("ends before its data does (the file changed while it was read?)")
                }
            }
        } catch let error as FileFormatError {
            throw error
        } catch {
            throw FileFormatError(url: url, cannot: "read", because: error)
        }
    }

    /// The header length stored little-endian in the first 8 bytes of `prefix`.
    private static func headerLength(_ prefix: some Collection<UInt8>) -> UInt64 {
        prefix.prefix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// Throws unless `headerLength` is within the limit and the `fileLength` bytes of the file.
    private static func checkHeaderLength(_ headerLength: UInt64, fileLength: Int, file: String) throws {
        guard headerLength <= UInt64(maximumHeaderLength) else {
            throw FileFormatError(file: file, message: "header length \(headerLength) exceeds the limit of \(maximumHeaderLength) bytes")
        }
        guard headerLength <= UInt64(fileLength - 8) else {
            throw FileFormatError(file: file, message: "header length \(headerLength) runs past the end of the file (\(fileLength) bytes)")
        }
    }

    /// Parses a safetensors file's bytes; `file` names it in errors.
    ///
    /// - Throws: a one-line ``FileFormatError`` when the file is shorter than 8 bytes, the
    ///   header is longer than 100 MB or runs past the end, the header is not a JSON object,
    ///   a tensor entry is malformed or not `F32`, a tensor's byte length is not its element
    ///   count × 4, offsets fall outside the data, tensors overlap or leave gaps, the data
    ///   has bytes no tensor covers, or `__metadata__` is not a map of strings to strings.
    public init(data: Data, file: String) throws {
        func fail(_ message: String) -> FileFormatError { FileFormatError(file: file, message: message) }
        guard data.count >= 8 else {
            throw fail("too short for a safetensors file: \(data.count) bytes, need at least 8")
        }
        let headerLength = Self.headerLength(data)
        try Self.checkHeaderLength(headerLength, fileLength: data.count, file: file)
        let dataStart = data.startIndex + 8 + Int(headerLength)
        try self.init(header: data[data.startIndex + 8 ..< dataStart], dataLength: data.endIndex - dataStart, file: file) { buffer, offset in
            buffer.copyBytes(from: data[(dataStart + offset)...].prefix(buffer.count))
        }
    }

    /// The content that the JSON `header` describes, the data after it being `dataLength`
    /// bytes that `fill` reads: it fills a buffer with the data's bytes from an offset on.
    private init(header text: some Collection<UInt8>, dataLength: Int, file: String,
                 fill: (UnsafeMutableRawBufferPointer, Int) throws -> Void) throws {
        func fail(_ message: String) -> FileFormatError { FileFormatError(file: file, message: message) }
        let header: SafeTensorsHeader
        do {
            header = try SafeTensorsHeader(parsing: text)
        } catch {
            throw fail("header is not valid JSON")
        }
        guard header.isObject else { throw fail("header is not a JSON object") }

        switch header.metadata {
        case .absent: self.init()
        case .strings(let metadata): self.init(metadata: metadata)
        case .malformed: throw fail("__metadata__ must map strings to strings")
        }

        var entries: [(name: String, shape: [Int], begin: Int, end: Int)] = []
        for (name, entry) in header.entries {
            guard let entry else { throw fail("tensor '\(name)' is not a JSON object") }
            guard let dtype = entry.dtype else { throw fail("tensor '\(name)' has no dtype") }
            guard dtype == "F32" else { throw fail("tensor '\(name)' has dtype \(dtype); only F32 is supported") }
            guard let shape = entry.shape, shape.allSatisfy({ $0 >= 0 }) else {
                throw fail("tensor '\(name)' has no valid shape (a list of non-negative integers)")
            }
            guard let offsets = entry.dataOffsets, offsets.count == 2, offsets[0] >= 0, offsets[0] <= offsets[1] else {
                throw fail("tensor '\(name)' has no valid data_offsets (two integers, begin ≤ end)")
            }
            let (count, overflow) = shape.reduce((1, false)) { partial, size in
                let product = partial.0.multipliedReportingOverflow(by: size)
                return (product.partialValue, partial.1 || product.overflow)
            }
            guard !overflow, count <= Int.max / 4, count * 4 == offsets[1] - offsets[0] else {
                throw fail("tensor '\(name)' has shape \(shape) (\(overflow ? "too many" : String(count)) elements × 4 bytes) "
                    + "but data_offsets span \(offsets[1] - offsets[0]) bytes")
            }
            guard offsets[1] <= dataLength else {
                throw fail("tensor '\(name)' has data_offsets [\(offsets[0]), \(offsets[1])] beyond the \(dataLength) bytes of data")
            }
            entries.append((name, shape, offsets[0], offsets[1]))
        }

        entries.sort { ($0.begin, $0.end, $0.name) < ($1.begin, $1.end, $1.name) }
        var position = 0, previous: String?
        for entry in entries {
            if entry.begin < position {
                throw fail("tensors '\(previous!)' and '\(entry.name)' overlap")
            }
            if entry.begin > position {
                throw fail("bytes \(position)–\(entry.begin) of the data belong to no tensor (before '\(entry.name)')")
            }
            position = entry.end
            previous = entry.name
        }
        guard position == dataLength else {
            throw fail("the last \(dataLength - position) bytes of the data belong to no tensor")
        }

        for entry in entries {
            let values = try [Float](unsafeUninitializedCapacity: (entry.end - entry.begin) / 4) { buffer, count in
                try fill(UnsafeMutableRawBufferPointer(buffer), entry.begin)  // the file's byte order
                if UInt32(littleEndian: 1) != 1 {
                    for index in buffer.indices { buffer[index] = Float(bitPattern: UInt32(littleEndian: buffer[index].bitPattern)) }
                }
                count = buffer.count
            }
            append(entry.name, Tensor(shape: entry.shape, values: values))
        }
    }
}
