import ArgumentParser
import DigitAudio
import DigitPlot
import FoundationEssentials
import Glibc

/// The `digitviz` command: spoken-digit audio features, training and figures.
@main
struct DigitViz: ParsableCommand {
    /// The release, as `digitviz --version` prints it.
    static let version = "0.4.0"
    /// The command's name. Each subcommand names it as its super-command, so that parsed
    /// alone (``parsedCommand(_:)``) it skips the tree's `--generate-completion-script`
    /// check, two more parsers built by reflection: half of a parse.
    static let commandName = "digitviz"

    static let configuration = CommandConfiguration(
        commandName: commandName,
        abstract: "Spoken-digit audio: MFCC features, a digit classifier, and figures.",
        version: DigitViz.version,
        subcommands: [
            FeaturesCommand.self, TrainCommand.self, EvaluateCommand.self, PredictCommand.self,
            WaveplotsCommand.self, CountplotCommand.self, CurvesCommand.self, ArchitectureCommand.self,
            ConfusionCommand.self, MFCCCommand.self, FiguresCommand.self, CrossvalCommand.self, RobustnessCommand.self,
        ]
    )

    /// Runs the command. Problems with the user's input (files, splits, data) become one
    /// line on stderr, `digitviz: …`, and exit status 1; usage errors are ArgumentParser's.
    static func main() {
        MemoryReuse.configure()
        var command: ParsableCommand
        do {
            command = try parsedCommand()
        } catch {
            exit(withError: error)
        }
        // `predict` writes to standard output alone: Ctrl-C's default action ends it as
        // cleanly, without the thread that waits for it to start and stop.
        if !(command is PredictCommand) { Interruption.install() }
        do {
            try command.run()
            try checkStandardOutput()
        } catch let error as any InputProblem {
            Console.error("digitviz: \(error)")
            Glibc.exit(1)
        } catch let error as CocoaError {
            // A file operation of Foundation's (creating a folder): its path and the system's reason.
            Console.error("digitviz: " + (error.filePath.map { "\($0): " } ?? "") + FileFormatError.reason(error))
            Glibc.exit(1)
        } catch {
            exit(withError: error)  // ArgumentParser's: help, usage errors, exit codes
        }
    }

    /// The command the arguments name. `predict` with values alone is made directly
    /// (``PredictCommand/parsedFromValues(_:)``). A subcommand's arguments are first parsed by that
    /// subcommand alone, without the tree's completion-script check and its other
    /// subcommands (a parse was a quarter of a `predict`); anything that does not parse to a
    /// command to run (help, `--version`, a completion script, a usage error) is parsed
    /// again by the whole tree, so that help, scripts and errors are the tree's.
    static func parsedCommand(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) throws -> ParsableCommand {
        if arguments.first == PredictCommand._commandName, let command = PredictCommand.parsedFromValues(Array(arguments.dropFirst())) {
            return command
        }
        if let name = arguments.first,
           let subcommand = configuration.subcommands.first(where: { $0._commandName == name }),
           let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())) {
            return command
        }
        return try parseAsRoot(arguments)
    }

    /// Throws when what was printed could not all be written (standard output on a full
    /// disk or a closed pipe), so that a lost result is never an exit status of 0.
    private static func checkStandardOutput() throws {
        guard fflush(nil) != 0 else { return }
        throw FileFormatError(file: "<stdout>", message: "cannot write: \(String(cString: strerror(errno)))")
    }
}

/// An error that describes a problem with the user's input (a file, a setting, the data)
/// in one line: the command prints it as `digitviz: …` and exits with status 1.
protocol InputProblem: Error, CustomStringConvertible {}

extension FileFormatError: InputProblem {}
extension InputError: InputProblem {}
extension PlotError: InputProblem {}
