import Foundation
import Testing
@testable import DigitAudio

@Suite struct RunLogReaderTests {
    static let kerasNames = ["accuracy", "loss", "val_accuracy", "val_loss"]

    @Test func readsCSVLoggerFile() throws {
        let history = try RunLogReader.read(contentsOf: fixture("keras/csvlogger.csv"))
        #expect(history.metricNames == Self.kerasNames)
        #expect(history.epochs == 200)
        #expect(history.values[0] == [0.11592592298984528, 8.626298904418945, 0.10000000149011612, 2.302638292312622])
        #expect(history.values[199] == [0.9607407450675964, 0.1507331281900406, 0.9766666889190674, 0.12015744298696518])
        #expect(history.bestEpoch() == 141)
    }

    @Test func readsVerbose2ConsoleLog() throws {
        let history = try RunLogReader.read(contentsOf: fixture("keras/console-verbose2.log"))
        #expect(history.metricNames == Self.kerasNames)
        #expect(history.epochs == 200)
        #expect(history.values[0] == [0.1159, 8.6263, 0.1000, 2.3026])
        #expect(history.values[141] == [0.9574, 0.1299, 0.9867, 0.0820])
        #expect(history.values[199] == [0.9607, 0.1507, 0.9767, 0.1202])
        #expect(history.bestEpoch() == 141)
    }

    @Test func verbose2AndCSVLoggerOfTheSameRunAgree() throws {
        let console = try RunLogReader.read(contentsOf: fixture("keras/console-verbose2.log"))
        let csv = try RunLogReader.read(contentsOf: fixture("keras/csvlogger.csv"))
        #expect(console.metricNames == csv.metricNames)
        #expect(console.epochs == csv.epochs)
        // The console rounds to 4 decimals; allow for float32 values behind both.
        let largestDifference = zip(console.values.joined(), csv.values.joined()).map { abs($0 - $1) }.max()
        #expect(try #require(largestDifference) <= 0.5e-4 + 1e-9)
    }

    @Test func readsVerbose1ConsoleLogWithProgressBars() throws {
        let history = try RunLogReader.read(contentsOf: fixture("keras/console-verbose1.log"))
        #expect(history.metricNames == Self.kerasNames)
        #expect(history.epochs == 6)
        #expect(history.values[0] == [0.1442, 10.1096, 0, 3.9570])
        #expect(history.values[2] == [0.1446, 2.1733, 0, 11.9063])
        #expect(history.values[5] == [0.3054, 1.7032, 0, 14.0389])
    }

    @Test func keepsConsoleMetricsInOrderOfAppearance() throws {
        let text = """
            Epoch 1/2
            10/10 - 0s - loss: 0.5 - accuracy: 0.8 - lr: 1.0000e-03
            Epoch 2/2
            10/10 - 0s - loss: 0.25 - accuracy: 0.9 - lr: 5.0000e-04
            """
        let history = try RunLogReader.read(text: text, name: "train.log")
        #expect(history.metricNames == ["loss", "accuracy", "lr"])
        #expect(history.values == [[0.5, 0.8, 0.001], [0.25, 0.9, 0.0005]])
    }

    /// A resumed run prints "Epoch 101/200" first: its epochs are 100, 101 counted from 0,
    /// as its CSVLogger file says; a second run in the same output continues after the first.
    @Test func consoleEpochsAreTheNumbersPrinted() throws {
        let resumed = "Epoch 101/200\n10/10 - loss: 0.5 - val_loss: 0.6\nEpoch 102/200\n10/10 - loss: 0.4 - val_loss: 0.5\n"
        #expect(try RunLogReader.read(text: resumed, name: "train.log")["loss"]?.epochs == [100, 101])
        let twice = "Epoch 1/2\n1/1 - loss: 0.5\nEpoch 2/2\n1/1 - loss: 0.4\nEpoch 1/2\n1/1 - loss: 0.3\n"
        #expect(try RunLogReader.read(text: twice, name: "train.log")["loss"]?.epochs == [0, 1, 2])
    }

    @Test func ignoresEvaluationAfterTrainingAndInterruptedEpochs() throws {
        let text = "Epoch 1/3\n"
            + "\r 5/10 - loss: 9.0\r10/10 - loss: 1.0 - val_loss: 2.0\n"
            + "Epoch 1: val_loss improved from inf to 2.00000, saving model to best.keras\n"
            + "Epoch 2/3\n"
            + "10/10 - loss: 0.5 - val_loss: 1.5\n"
            + "3/3 - 0s - loss: 1.4\n"
            + "Epoch 3/3\n"
            + "\r 4/10 - loss: 0.4"
        let history = try RunLogReader.read(text: text, name: "train.log")
        #expect(history.metricNames == ["loss", "val_loss"])
        #expect(history.values == [[1.0, 2.0], [0.5, 1.5]])
    }

    @Test func readsCSVWithOtherColumnsAndSpecialValues() throws {
        let text = "epoch,loss,lr\r\n0,nan,0.001\r\n1,inf,NA\r\n2,-inf,1e-05\r\n"
        let history = try RunLogReader.read(text: text, name: "log.csv")
        #expect(history.metricNames == ["loss", "lr"])
        #expect(sameValues(history.values, [[.nan, 0.001], [.infinity, .nan], [-.infinity, 1e-5]]))
    }

    @Test func emptyFileIsAnError() throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("empty.log")
        try Data().write(to: url)
        let error = fileFormatError { try RunLogReader.read(contentsOf: url) }
        #expect(error?.description == "\(url.path): the file is empty")
    }

    @Test func textWithoutEpochsIsAnError() {
        let error = fileFormatError { try RunLogReader.read(text: "Model: \"sequential\"\nEpoch 1/5\n", name: "run.log") }
        #expect(error?.file == "run.log")
        #expect(error?.line == nil)
        #expect(error?.message.hasPrefix("no epochs found") == true)
    }

    @Test(arguments: [
        ("epoch,loss,val_loss\n0,1.0,2.0\n\n1,0.5\n", "run.log:4: expected 3 fields, found 2"),
        ("epoch,loss,val_loss\n0,1.0,2.0\n1,0.5,abc\n", "run.log:3: 'val_loss' is not a number: 'abc'"),
        ("epoch,loss\nzero,1.0\n", "run.log:2: epoch is not an integer: 'zero'"),
        ("epoch,loss,loss\n0,1,2\n", "run.log:1: duplicate column 'loss'"),
        ("epoch,loss\n", "run.log: no epochs: the header has no rows after it"),
    ])
    func malformedCSVErrorsNameFileAndLine(text: String, expected: String) throws {
        let url = try makeTemporaryDirectory().appendingPathComponent("run.log")
        try text.write(to: url, atomically: true, encoding: .utf8)
        let error = fileFormatError { try RunLogReader.read(contentsOf: url) }
        #expect(error?.description == url.deletingLastPathComponent().path + "/" + expected)
    }

    @Test func missingFileIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent-digitviz/run.log")
        let error = fileFormatError { try RunLogReader.read(contentsOf: url) }
        #expect(error?.description == "/nonexistent-digitviz/run.log: cannot read: No such file or directory")
    }
}

/// digitviz's own console output reads back as a history.
@Suite struct OwnConsoleOutputTests {
    @Test func oneLinePerEpoch() throws {
        let text = """
            Epoch 1/2 - 0.01s - accuracy: 0.2406 - loss: 2.1585 - val_accuracy: 0.5375 - val_loss: 1.7887
            Epoch 2/2 - 0.01s - accuracy: 0.6062 - loss: 1.5477 - val_accuracy: 0.6500 - val_loss: 1.2669
            Best epoch 2: val_loss 1.2669, test accuracy 65.00 %.
            """
        let history = try RunLogReader.read(text: text, name: "train.txt")
        #expect(history.metricNames == ["accuracy", "loss", "val_accuracy", "val_loss"])
        #expect(history.values == [[0.2406, 2.1585, 0.5375, 1.7887], [0.6062, 1.5477, 0.65, 1.2669]])
    }
}
