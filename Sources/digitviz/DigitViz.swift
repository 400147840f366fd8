import ArgumentParser
import DigitAudio
import DigitPlot

/// The `digitviz` command: spoken-digit audio features, training and figures.
@main
struct DigitViz: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digitviz",
        abstract: "Spoken-digit audio: MFCC features, a digit classifier, and figures.",
        subcommands: []
    )
}
