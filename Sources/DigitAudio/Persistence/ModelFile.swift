import FoundationEssentials

/// The model file: a ``TrainedModel`` as a safetensors file (DESIGN §3).
///
/// Tensors, all F32: with a ``ConvolutionFront``, `conv_{i}.kernel` `[width, channels,
/// filters]` (Keras' `Conv1D` layout) and `conv_{i}.bias` `[filters]` for each convolution
/// from 0; `dense_{i}.kernel` `[inputs, outputs]` and `dense_{i}.bias`
/// `[outputs]` for each dense layer from 0, then `standardizer.mean` and `standardizer.std`
/// `[inputs]`. An ensemble's further networks follow with the same names prefixed by
/// `member_{k}.` for k from 1 (`member_1.dense_0.kernel`). Metadata: `format` = `digitviz-mlp`, `version` = `1`, `architecture` (the
/// ``Architecture`` as JSON), `features` (the ``FeatureConfiguration`` as JSON), `classes`
/// (a JSON array of class names), `test_time_speeds` (a JSON array, when the model hears
/// recordings at other speeds too: ``TrainedModel/testTimeSpeeds``), and the model's further ``TrainedModel/metadata`` such as
/// `best_epoch` (the kept epoch, counted from 1 as the console prints it: "Epoch 198/200"). Python's `safetensors.numpy.load_file` loads it; the file alone is enough
/// to predict from a recording.
public enum ModelFile {
    /// The `format` metadata value.
    public static let format = "digitviz-mlp"
    /// The `version` metadata value this code writes and reads.
    public static let version = "1"
    /// Metadata keys the file format itself uses.
    public static let reservedKeys: Set<String> = ["format", "version", "architecture", "features", "classes", testTimeSpeedsKey]
    /// The metadata key of ``TrainedModel/testTimeSpeeds`` (a JSON array), absent when there are none.
    public static let testTimeSpeedsKey = "test_time_speeds"
    /// The most test-time speeds a model file may name.
    public static let maximumTestTimeSpeeds = 8

    /// The name of dense layer `index`'s kernel tensor.
    public static func kernelName(_ index: Int) -> String { "dense_\(index).kernel" }
    /// The name of dense layer `index`'s bias tensor.
    public static func biasName(_ index: Int) -> String { "dense_\(index).bias" }
    /// The name of convolution `index`'s kernel tensor.
    public static func convolutionKernelName(_ index: Int) -> String { "conv_\(index).kernel" }
    /// The name of convolution `index`'s bias tensor.
    public static func convolutionBiasName(_ index: Int) -> String { "conv_\(index).bias" }
    /// The prefix of ensemble member `member`'s tensor names: none for the first network,
    /// `member_{k}.` for the others.
    public static func memberPrefix(_ member: Int) -> String { member == 0 ? "" : "member_\(member)." }
    /// The name of the standardizer's mean tensor.
    public static let meanName = "standardizer.mean"
    /// The name of the standardizer's standard deviation tensor.
    public static let stdName = "standardizer.std"

    /// The model as safetensors content.
    public static func safeTensors(of model: TrainedModel) -> SafeTensors {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func json<T: Encodable>(_ value: T) -> String {
            // Architecture, FeatureConfiguration and [String] always encode.
            String(decoding: try! encoder.encode(value), as: UTF8.self)
        }
        var metadata = model.metadata
        metadata["format"] = format
        metadata["version"] = version
        metadata["architecture"] = json(model.architecture)
        metadata["features"] = json(model.featureConfiguration)
        metadata["classes"] = json(model.classNames)
        if !model.testTimeSpeeds.isEmpty { metadata[testTimeSpeedsKey] = json(model.testTimeSpeeds) }
        var file = SafeTensors(metadata: metadata)
        func append(_ network: Network, prefix: String) {
            let layers = network.convolutions + network.layers
            for (index, tensor) in networkTensors(model.architecture, prefix: prefix).enumerated() {
                let layer = layers[index / 2]
                file.append(tensor.name, .init(shape: tensor.shape, values: index % 2 == 0 ? layer.kernel : layer.bias))
            }
        }
        append(model.network, prefix: "")
        file.append(meanName, .init(shape: [model.standardizer.dimension], values: model.standardizer.mean))
        file.append(stdName, .init(shape: [model.standardizer.dimension], values: model.standardizer.std))
        for (member, network) in model.ensembleMembers.enumerated() { append(network, prefix: memberPrefix(member + 1)) }
        return file
    }

    /// Writes the model atomically (a temporary file in the same folder, then a rename).
    public static func write(_ model: TrainedModel, to url: URL) throws {
        try safeTensors(of: model).write(to: url)
    }

    /// The largest model file read, in bytes (the original network takes 0.3 MB).
    public static let maximumFileLength = 256 << 20

    /// Reads and checks a model file; a file longer than ``maximumFileLength`` is refused
    /// before its tensors are read.
    public static func read(from url: URL) throws -> TrainedModel {
        try model(from: SafeTensors(contentsOf: url, maximumLength: maximumFileLength), file: url.relativePath)
    }

    /// Reads a model from safetensors bytes; `file` names it in errors.
    public static func decode(_ data: Data, file: String) throws -> TrainedModel {
        try model(from: SafeTensors(data: data, file: file), file: file)
    }

    /// Builds the model from parsed safetensors content.
    ///
    /// - Throws: a one-line ``FileFormatError`` for an unknown format or version, missing or
    ///   invalid `architecture`, `features` (see ``FeatureConfiguration/problem``, and its
    ///   pooled size must be the network's input) or `classes` metadata, a missing, misshapen or
    ///   unexpected tensor, or a weight that is not finite.
    public static func model(from file: SafeTensors, file name: String) throws -> TrainedModel {
        func fail(_ message: String) -> FileFormatError { FileFormatError(file: name, message: message) }
        func decode<T: Decodable>(_ type: T.Type, key: String) throws -> T {
            guard let text = file.metadata[key] else { throw fail("missing '\(key)' metadata") }
            do { return try JSONValueDecoder.decode(type, from: text.utf8) } catch {
                throw fail("'\(key)' metadata is not valid: \(text.prefix(80))")
            }
        }

        guard let fileFormat = file.metadata["format"] else { throw fail("not a digitviz model: no 'format' metadata") }
        guard fileFormat == format else { throw fail("not a digitviz model: format is '\(fileFormat)', expected '\(format)'") }
        guard file.metadata["version"] == version else {
            throw fail("unsupported model version '\(file.metadata["version"] ?? "none")', expected '\(version)'")
        }
        let architecture = try decode(Architecture.self, key: "architecture")
        if let problem = architecture.problem { throw fail("invalid architecture: \(problem)") }
        let features = try decode(FeatureConfiguration.self, key: "features")
        if let problem = features.problem { throw fail("invalid 'features' metadata: \(problem)") }
        guard features.dimension == architecture.inputs else {
            throw fail("'features' metadata gives \(features.dimension) numbers per recording "
                + "(\(features.coefficients) coefficients pooled by \(features.pooling.rawValue)) but the network takes \(architecture.inputs)")
        }
        let classes = try decode([String].self, key: "classes")
        guard classes.count == architecture.classes else {
            throw fail("'classes' names \(classes.count) classes but the network has \(architecture.classes) outputs")
        }
        let speeds = file.metadata[testTimeSpeedsKey] == nil ? [] : try decode([Double].self, key: testTimeSpeedsKey)
        guard speeds.count <= maximumTestTimeSpeeds, speeds.allSatisfy(TrainedModel.testTimeSpeedRange.contains) else {
            throw fail("'\(testTimeSpeedsKey)' must name at most \(maximumTestTimeSpeeds) speeds in 0.5–2, got \(speeds.count): "
                + file.metadata[testTimeSpeedsKey]!.prefix(80))
        }

        var members = 1
        while file[memberPrefix(members) + kernelName(0)] != nil { members += 1 }
        var expected = networkTensors(architecture, prefix: "") + [(meanName, [architecture.inputs]), (stdName, [architecture.inputs])]
        for member in 1..<members { expected += networkTensors(architecture, prefix: memberPrefix(member)) }
        var values: [String: [Float]] = [:]
        for (tensorName, shape) in expected {
            guard let tensor = file[tensorName] else { throw fail("missing tensor '\(tensorName)'") }
            guard tensor.shape == shape else {
                throw fail("tensor '\(tensorName)' has shape \(tensor.shape), expected \(shape)")
            }
            guard tensor.values.allSatisfy(\.isFinite) else { throw fail("tensor '\(tensorName)' holds NaN or infinite values") }
            values[tensorName] = tensor.values
        }
        let known = Set(expected.map(\.name))
        if let extra = file.names.first(where: { !known.contains($0) }) { throw fail("unexpected tensor '\(extra)'") }

        func network(prefix: String) -> Network {
            let tensors = networkTensors(architecture, prefix: prefix)
            let convolutionShapes = architecture.convolution?.kernelShapes ?? []
            let layers = (convolutionShapes + architecture.denseShapes).enumerated().map { index, shape in
                Dense(inputs: shape.inputs, outputs: shape.outputs,
                      kernel: values[tensors[2 * index].name]!, bias: values[tensors[2 * index + 1].name]!)
            }
            return Network(architecture: architecture, convolutions: Array(layers.prefix(convolutionShapes.count)),
                           layers: Array(layers.dropFirst(convolutionShapes.count)))
        }
        let std = values[stdName]!
        guard std.allSatisfy({ $0 > 0 }) else { throw fail("tensor '\(stdName)' must be positive") }
        return TrainedModel(
            network: network(prefix: ""), ensembleMembers: (1..<members).map { network(prefix: memberPrefix($0)) },
            standardizer: Standardizer(mean: values[meanName]!, std: std),
            featureConfiguration: features, classNames: classes,
            metadata: file.metadata.filter { !reservedKeys.contains($0.key) }, testTimeSpeeds: speeds)
    }

    /// One network's tensors and their shapes, named with `prefix` (``memberPrefix(_:)``), in
    /// the order the file stores them: each convolution's kernel `[width, channels, filters]`
    /// and bias, then each dense layer's kernel `[inputs, outputs]` and bias, as
    /// ``Network``'s layers run.
    private static func networkTensors(_ architecture: Architecture, prefix: String) -> [(name: String, shape: [Int])] {
        let convolutions = (architecture.convolution?.shapes ?? []).enumerated().flatMap { index, shape in
            [(prefix + convolutionKernelName(index), [shape.width, shape.channelsIn, shape.filters]),
             (prefix + convolutionBiasName(index), [shape.filters])]
        }
        let dense = architecture.denseShapes.enumerated().flatMap { index, shape in
            [(prefix + kernelName(index), [shape.inputs, shape.outputs]), (prefix + biasName(index), [shape.outputs])]
        }
        return convolutions + dense
    }
}
