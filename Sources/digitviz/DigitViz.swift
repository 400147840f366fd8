import ArgumentParser
import DigitAudio
import DigitPlot
import Foundation

/// The `digitviz` command: spoken-digit audio features, training and figures.
@main
struct DigitViz: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digitviz",
        abstract: "Spoken-digit audio: MFCC features, a digit classifier, and figures.",
        subcommands: [
            FeaturesCommand.self, TrainCommand.self, EvaluateCommand.self, PredictCommand.self,
            WaveplotsCommand.self, CountplotCommand.self, CurvesCommand.self, ArchitectureCommand.self,
            ConfusionCommand.self, MFCCCommand.self, FiguresCommand.self, CrossvalCommand.self,
        ]
    )

    /// Runs the command. Problems with the user's input (files, splits, data) become one
    /// line on stderr, `digitviz: …`, and exit status 1; usage errors are ArgumentParser's.
    static func main() {
        OpenBLASThreads.pinToOneThread()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as any InputProblem {
            Console.error("digitviz: \(error)")
            Foundation.exit(1)
        } catch {
            exit(withError: error)  // ArgumentParser's: help, usage errors, exit codes
        }
    }
}

/// An error that describes a problem with the user's input (a file, a setting, the data)
/// in one line: the command prints it as `digitviz: …` and exits with status 1.
protocol InputProblem: Error, CustomStringConvertible {}

extension FileFormatError: InputProblem {}
extension InputError: InputProblem {}
extension PlotError: InputProblem {}
extension CocoaError: InputProblem {}
