import ArgumentParser
import DigitAudio
import DigitPlot

/// `digitviz architecture [MODEL] -o FILE`: the network diagram.
struct ArchitectureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "architecture",
        _superCommandName: DigitViz.commandName,
        abstract: "Draw the network: layers, neurons, dropout and parameter counts.",
        discussion: "Without a model, draws the original project's network, or with --network digitviz's network of that kind as 'digitviz train --network' makes it."
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"), completion: .file(extensions: ["safetensors"]))
    var model: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The figure to write (.png, .svg or .pdf), or a folder to write graph.png into.", valueName: "file"), completion: .file())
    var output: String = "graph.png"

    @Option(name: .long, help: ArgumentHelp("Without a model: draw digitviz's network of this kind (mlp or cnn).", valueName: "kind"))
    var network: NetworkKind?

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the file written).")
    var quiet = false

    func run() throws {
        let file = try FigureOutput.file(for: output, defaultName: "graph.png")
        if model != nil, network != nil { throw ValidationError("--network draws a network without a model; the model has its own") }
        let architecture = try model.map { try ModelLoading.load($0).architecture } ?? network?.architecture ?? Architecture.original
        try figure.write(ArchitectureDiagram(architecture: architecture), to: file)
        if !quiet { print(file) }
    }
}
