
/// A sequential network drawn top to bottom in the style of keras-visualizer, with
/// parameter counts added.
///
/// Each layer with units is a row of at most ``maximumNeuronsDrawn`` circles (input green,
/// hidden blue, output red) with its units ("Units: 128 (+118 more)"), activation and
/// parameters written beside it; a convolution is a row of its filters. Dropout (orange),
/// pooling (teal) and activation (purple) layers are single
/// nodes between. Thin gray edges join every drawn neuron of one row to every drawn neuron
/// of the next, fanning through a node in between. The total parameter count closes the
/// figure.
public struct ArchitectureDiagram: Renderable {
    /// The layers, input first.
    public var layers: [Layer]
    /// Title above the diagram.
    public var title: String
    /// Colors and fonts.
    public var theme: Theme = .standard

    /// The most neurons drawn for one layer.
    public static let maximumNeuronsDrawn = 10

    /// Creates a diagram of the given layers (``init(architecture:title:)`` makes them from a network).
    public init(layers: [Layer], title: String = "Model Architecture") {
        self.layers = layers
        self.title = title
    }

    /// 1200 × 1600: room for ten neurons a row and the labels beside them.
    public var defaultSize: Size { Size(width: 1200, height: 1600) }
    /// The title.
    public var documentTitle: String? { title }

    /// The diagram under another title.
    public func retitled(_ title: String) -> any Renderable {
        var diagram = self
        diagram.title = title
        return diagram
    }

    /// Trainable parameters of each layer: a dense layer's or a convolution's count, 0 for the others.
    public var parameterCounts: [Int] {
        layers.map { layer in
            switch layer {
            case let .dense(_, _, parameters), let .convolution(_, _, _, _, parameters): parameters
            default: 0
            }
        }
    }

    /// Trainable parameters of the whole network.
    public var totalParameters: Int { parameterCounts.reduce(0, +) }

    /// Draws the rows, edges, labels, title and total.
    public func draw(on canvas: any DrawingBackend) {
        let bounds = canvas.bounds.inset(by: theme.outerPadding * 2)
        let titleHeight = canvas.measure(title, font: theme.titleFont).height
        canvas.draw(
            title, at: Point(x: bounds.midX, y: bounds.minY), font: theme.titleFont, color: theme.foreground,
            anchor: TextAnchor(.center, .top))
        let totalFont = theme.labelFont.weight(.bold)
        canvas.draw(
            "Total params: \(NumberFormat.grouped(totalParameters))", at: Point(x: bounds.midX, y: bounds.maxY),
            font: totalFont, color: theme.foreground, anchor: TextAnchor(.center, .bottom))
        let body = bounds.inset(
            top: titleHeight + 2 * theme.labelPadding,
            bottom: canvas.measure("0", font: totalFont).height + 2 * theme.labelPadding)
        let rows = rowRects(in: body)
        // The neurons and the label column, centred together.
        let labelWidth = layers.indices.map { index -> Double in
            let block = labelBlock(index)
            let lines = block.lines.map { canvas.measure($0, font: theme.tickFont).width }
            return (lines + [canvas.measure(block.heading, font: theme.labelFont.weight(.bold)).width]).max()!
        }.max() ?? 0
        let gap = ArchitectureDiagram.labelGap * body.width
        let graphWidth = min(body.width - labelWidth - gap, 84 * Double(ArchitectureDiagram.maximumNeuronsDrawn))
        let left = body.midX - (graphWidth + gap + labelWidth) / 2
        let graph = Rect(x: left, y: body.minY, width: graphWidth, height: body.height)
        let anchors = zip(layers, rows).map { layerAnchors($0, row: $1, graph: graph, on: canvas) }
        drawEdges(anchors, on: canvas)
        for (index, layer) in layers.enumerated() {
            drawLayer(layer, index: index, anchors: anchors[index], row: rows[index], graph: graph, on: canvas)
        }
    }

    // MARK: Layout

    /// Space between the neurons and their labels, as a fraction of the width.
    private static let labelGap = 0.07
    private static let inputColor = Color(hex: 0x2ECC71)
    private static let hiddenColor = Color(hex: 0x3498DB)
    private static let outputColor = Color(hex: 0xE74C3C)
    private static let dropoutColor = Color(hex: 0xF39C12)
    private static let activationColor = Color(hex: 0x9B59B6)
    private static let poolingColor = Color(hex: 0x16A085)
    private static let edgeColor = Color(hex: 0xB8BEC4)

    /// One horizontal band per layer: neuron rows get more height than nodes.
    private func rowRects(in body: Rect) -> [Rect] {
        let weights = layers.map { $0.units == nil ? 0.6 : 1.0 }
        let unit = body.height / weights.reduce(0, +)
        var y = body.minY
        return weights.map { weight in
            defer { y += weight * unit }
            return Rect(x: body.minX, y: y, width: body.width, height: weight * unit)
        }
    }

    /// Where a layer's shapes sit: neuron centres, or one node's rectangle.
    private enum Anchors {
        /// Circles of one radius at these centres.
        case neurons([Point], radius: Double)
        /// One rounded box.
        case node(Rect)

        /// Points edges from above end at.
        var tops: [Point] {
            switch self {
            case let .neurons(centers, radius): return centers.map { Point(x: $0.x, y: $0.y - radius) }
            case let .node(rect): return [Point(x: rect.midX, y: rect.minY)]
            }
        }

        /// Points edges to below start from.
        var bottoms: [Point] {
            switch self {
            case let .neurons(centers, radius): return centers.map { Point(x: $0.x, y: $0.y + radius) }
            case let .node(rect): return [Point(x: rect.midX, y: rect.maxY)]
            }
        }
    }

    /// A node is 240 wide, or wider when its name needs it.
    private func layerAnchors(_ layer: Layer, row: Rect, graph: Rect, on canvas: any DrawingBackend) -> Anchors {
        guard let units = layer.units else {
            let height = min(row.height * 0.5, 56)
            let width = max(240, canvas.measure(nodeText(layer), font: theme.labelFont.weight(.bold)).width + 40)
            return .node(Rect(x: graph.midX - width / 2, y: row.midY - height / 2, width: width, height: height))
        }
        let drawn = min(units, ArchitectureDiagram.maximumNeuronsDrawn)
        let spacing = graph.width / Double(ArchitectureDiagram.maximumNeuronsDrawn)
        let radius = min(spacing * 0.32, row.height * 0.22)
        let first = graph.midX - spacing * Double(drawn - 1) / 2
        return .neurons((0..<drawn).map { Point(x: first + spacing * Double($0), y: row.midY) }, radius: radius)
    }

    // MARK: Drawing

    private func drawEdges(_ anchors: [Anchors], on canvas: any DrawingBackend) {
        let style = StrokeStyle(width: 0.8)
        var segments: [[Point]] = []
        for (upper, lower) in zip(anchors, anchors.dropFirst()) {
            for start in upper.bottoms {
                for end in lower.tops { segments.append([start, end]) }
            }
        }
        canvas.stroke(polylines: segments, ArchitectureDiagram.edgeColor, style: style)
    }

    /// The bold heading and the plain lines written beside layer `index`.
    private func labelBlock(_ index: Int) -> (heading: String, lines: [String]) {
        switch layers[index] {
        case let .input(units):
            return ("Input", [unitsText(units)])
        case let .sequence(frames, channels):
            return ("Input", ["\(frames) frames × \(channels) coefficients"])
        case let .convolution(filters, width, positions, activation, _):
            let params = "Params: \(NumberFormat.grouped(parameterCounts[index]))"
            return ("Conv1D over time", [countText("Filters", filters) + ", \(width) frames wide",
                                         "Positions: \(positions)", "Activation: \(activation)", params])
        case let .pooling(name, description):
            return (name, [description])
        case let .dense(units, activation, _):
            let params = "Params: \(NumberFormat.grouped(parameterCounts[index]))"
            return (isOutput(index) ? "Dense (output)" : "Dense (hidden)", [unitsText(units), "Activation: \(activation)", params])
        case let .dropout(rate):
            return ("Dropout", ["Rate: \(NumberFormat.shortest(rate))"])
        case let .activation(name):
            return ("Activation", ["Function: \(name)"])
        }
    }

    /// Whether layer `index` is the last layer with units (and not the input).
    private func isOutput(_ index: Int) -> Bool {
        index > 0 && index == layers.lastIndex { $0.units != nil }
    }

    private func drawLayer(_ layer: Layer, index: Int, anchors: Anchors, row: Rect, graph: Rect, on canvas: any DrawingBackend) {
        let (heading, lines) = labelBlock(index)
        let labelX = graph.maxX + ArchitectureDiagram.labelGap * row.width
        switch anchors {
        case let .neurons(centers, radius):
            let color = index == 0 ? ArchitectureDiagram.inputColor
                : isOutput(index) ? ArchitectureDiagram.outputColor : ArchitectureDiagram.hiddenColor
            for center in centers {
                canvas.fillCircle(center: center, radius: radius, color)
                canvas.strokeCircle(center: center, radius: radius, color.mixed(with: .black, by: 0.25), style: StrokeStyle(width: 1.5))
            }
            if let units = layer.units, units > centers.count, let last = centers.last {
                canvas.draw(
                    "⋯", at: Point(x: last.x + radius + 10, y: last.y), font: theme.labelFont, color: .gray,
                    anchor: TextAnchor(.leading, .center))
            }
        case let .node(rect):
            let color = nodeColor(layer)
            canvas.fill(rect, cornerRadius: 10, color)
            canvas.draw(
                nodeText(layer), at: Point(x: rect.midX, y: rect.midY), font: theme.labelFont.weight(.bold), color: .white,
                anchor: .center)
        }
        drawLabel(heading: heading, lines: lines, at: Point(x: labelX, y: row.midY), on: canvas)
    }

    /// The name written in a node.
    private func nodeText(_ layer: Layer) -> String {
        switch layer {
        case let .dropout(rate): "Dropout \(NumberFormat.shortest(rate))"
        case let .activation(name), let .pooling(name, _): name
        case .input, .sequence, .dense, .convolution: ""
        }
    }

    private func nodeColor(_ layer: Layer) -> Color {
        switch layer {
        case .dropout: ArchitectureDiagram.dropoutColor
        case .pooling: ArchitectureDiagram.poolingColor
        default: ArchitectureDiagram.activationColor
        }
    }

    private func unitsText(_ units: Int) -> String { countText("Units", units) }

    /// "Units: 128 (+118 more)": a count and how many of it are not drawn.
    private func countText(_ name: String, _ count: Int) -> String {
        let hidden = count - min(count, ArchitectureDiagram.maximumNeuronsDrawn)
        return hidden > 0 ? "\(name): \(NumberFormat.grouped(count)) (+\(NumberFormat.grouped(hidden)) more)"
            : "\(name): \(NumberFormat.grouped(count))"
    }

    /// A bold heading and plain lines, the block centred vertically on `position`.
    private func drawLabel(heading: String, lines: [String], at position: Point, on canvas: any DrawingBackend) {
        let headingFont = theme.labelFont.weight(.bold)
        let lineFont = theme.tickFont
        let headingHeight = canvas.measure(heading, font: headingFont).height
        let lineHeight = canvas.measure("0", font: lineFont).height
        let gap = 0.45 * lineFont.pixelSize
        let total = headingHeight + Double(lines.count) * (lineHeight + gap)
        var y = position.y - total / 2
        canvas.draw(heading, at: Point(x: position.x, y: y), font: headingFont, color: theme.foreground, anchor: TextAnchor(.leading, .top))
        y += headingHeight + gap
        for line in lines {
            canvas.draw(line, at: Point(x: position.x, y: y), font: lineFont, color: theme.secondaryForeground, anchor: TextAnchor(.leading, .top))
            y += lineHeight + gap
        }
    }
}
