/// The scalars of one TensorBoard event file (`events.out.tfevents.*`), decoded by hand
/// from the TFRecord framing and the few protobuf fields that carry them:
///
/// - `Event`: `step` (2, varint), `summary` (5);
/// - `Summary`: repeated `value` (1);
/// - `Summary.Value`: `tag` (1), `simple_value` (2, float), `metadata` (9), `tensor` (8);
/// - `SummaryMetadata`: `plugin_data` (1) → `plugin_name` (1);
/// - `TensorProto`: `dtype` (1; 1 float, 2 double), `tensor_shape` (2), `tensor_content` (4),
///   `float_val` (5), `double_val` (6), packed or not.
///
/// A tensor is a scalar when its tag's plugin is `scalars` (TF2 writes the metadata with a
/// tag's first value only, so the plugin is remembered per tag), or when no plugin was ever
/// named and it is a float or double tensor of rank 0. Other plugins (histograms, images,
/// hparams, text) are skipped.
struct TensorBoardEvents {
    /// One scalar: tag, step and value.
    struct Scalar: Equatable {
        var tag: String
        var step: Double
        var value: Double
    }

    /// The scalars in file order.
    var scalars: [Scalar] = []
    /// Why reading stopped before the end of the file, if it did.
    var problem: String?
    /// Number of intact records.
    var records = 0

    /// Decodes an event file's bytes.
    init(bytes: [UInt8]) {
        let file = TFRecordReader(bytes: bytes)
        problem = file.problem
        records = file.records.count
        var plugins: [String: String] = [:]
        for record in file.records {
            var step = 0.0
            var summaries: [ArraySlice<UInt8>] = []
            for field in ProtobufReader(record).fields() {
                switch field {
                case let .varint(2, value): step = Double(Int64(bitPattern: value))
                case let .bytes(5, summary): summaries.append(summary)
                default: break
                }
            }
            for summary in summaries {
                for case let .bytes(1, value) in ProtobufReader(summary).fields() {
                    if let scalar = Self.scalar(in: value, step: step, plugins: &plugins) { scalars.append(scalar) }
                }
            }
        }
    }

    /// The scalar of one `Summary.Value`, if it holds one.
    private static func scalar(in value: ArraySlice<UInt8>, step: Double, plugins: inout [String: String]) -> Scalar? {
        var tag: String?
        var simple: Float?
        var tensor: ArraySlice<UInt8>?
        for field in ProtobufReader(value).fields() {
            switch field {
            case let .bytes(1, text): tag = String(decoding: text, as: UTF8.self)
            case let .fixed32(2, bits): simple = Float(bitPattern: bits)
            case let .bytes(8, content): tensor = content
            case let .bytes(9, metadata):
                if let name = pluginName(in: metadata), let tag { plugins[tag] = name }
            default: break
            }
        }
        guard let tag else { return nil }
        if let simple { return Scalar(tag: tag, step: step, value: Double(simple)) }
        guard let tensor else { return nil }
        let plugin = plugins[tag]
        guard plugin == nil || plugin == "scalars", let number = scalarValue(of: tensor, rankZeroOnly: plugin == nil) else { return nil }
        return Scalar(tag: tag, step: step, value: number)
    }

    /// `metadata.plugin_data.plugin_name`.
    private static func pluginName(in metadata: ArraySlice<UInt8>) -> String? {
        for case let .bytes(1, pluginData) in ProtobufReader(metadata).fields() {
            for case let .bytes(1, name) in ProtobufReader(pluginData).fields() {
                return String(decoding: name, as: UTF8.self)
            }
        }
        return nil
    }

    /// The first value of a float or double `TensorProto`.
    private static func scalarValue(of tensor: ArraySlice<UInt8>, rankZeroOnly: Bool) -> Double? {
        var dtype: UInt64 = 0
        var hasDimensions = false
        var values: [Double] = []
        var content: ArraySlice<UInt8>?
        for field in ProtobufReader(tensor).fields() {
            switch field {
            case let .varint(1, value): dtype = value
            case let .bytes(2, shape): hasDimensions = ProtobufReader(shape).fields().contains { if case .bytes(2, _) = $0 { true } else { false } }
            case let .bytes(4, bytes): content = bytes
            case let .fixed32(5, bits): values.append(Double(Float(bitPattern: bits)))
            case let .fixed64(6, bits): values.append(Double(bitPattern: bits))
            case let .bytes(5, packed): values += littleEndian(packed, size: 4)
            case let .bytes(6, packed): values += littleEndian(packed, size: 8)
            default: break
            }
        }
        guard dtype == 1 || dtype == 2, !(rankZeroOnly && hasDimensions) else { return nil }
        if let content { values = littleEndian(content, size: dtype == 1 ? 4 : 8) }
        return values.first
    }

    /// Little-endian floats (size 4) or doubles (size 8).
    private static func littleEndian(_ bytes: ArraySlice<UInt8>, size: Int) -> [Double] {
        var result: [Double] = []
        var offset = bytes.startIndex
        while let bits = ProtobufReader.fixed(bytes, &offset, size: size) {
            result.append(size == 4 ? Double(Float(bitPattern: UInt32(bits))) : Double(bitPattern: bits))
        }
        return result
    }
}
