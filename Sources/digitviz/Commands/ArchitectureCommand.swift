import ArgumentParser
import DigitAudio
import DigitPlot
import Foundation

/// `digitviz architecture [MODEL] -o FILE`: the network diagram.
struct ArchitectureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "architecture",
        abstract: "Draw the network: layers, neurons, dropout and parameter counts.",
        discussion: "Without a model, draws the default (the original project's) network."
    )

    @Argument(help: ArgumentHelp("A model written by 'digitviz train'.", valueName: "model"), completion: .file(extensions: ["safetensors"]))
    var model: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The figure to write (.png, .svg or .pdf), or a folder to write graph.png into.", valueName: "file"), completion: .file())
    var output: String = "graph.png"

    @OptionGroup(title: "Figures")
    var figure: RenderOptions

    @Flag(name: .shortAndLong, help: "Print nothing but errors (not even the file written).")
    var quiet = false

    func run() throws {
        let file = try FigureOutput.file(for: output, defaultName: "graph.png")
        let architecture = try model.map { try ModelLoading.load($0).architecture } ?? Architecture.original
        try figure.write(ArchitectureDiagram(architecture: architecture), to: file)
        if !quiet { print(file) }
    }
}
