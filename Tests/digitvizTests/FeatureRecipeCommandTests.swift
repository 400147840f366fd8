import DigitAudio
import Foundation
import Testing

/// A features CSV carries its recipe (FILE.json) from `features` to `train`, `evaluate` and
/// the model file; disagreements are one line saying what to pass.
@Suite struct FeatureRecipeCommandTests {
    @Test func featuresThenTrainNeedsNoOptions() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try smallSampleData(in: folder)
        let features = try CommandRunner.run(["features", data, "-o", folder.path("f.csv"), "-q"])
        #expect(features.status == 0, "\(features.stderr)")
        #expect(try folder.contents() == ["data", "f.csv", "f.csv.json"])
        let recorded = try FeatureRecipeFile.configuration(of: folder.url.appendingPathComponent("f.csv"))
        #expect(recorded == .standard)

        let train = try CommandRunner.run(["train", folder.path("f.csv"), "-m", folder.path("m.safetensors"), "--epochs", "2", "-q"])
        #expect(train.status == 0, "\(train.stderr)")
        #expect(try ModelFile.read(from: folder.url.appendingPathComponent("m.safetensors")).featureConfiguration == .standard)

        let evaluate = try CommandRunner.run(["evaluate", folder.path("m.safetensors"), folder.path("f.csv"), "--split", "all"])
        #expect(evaluate.status == 0, "\(evaluate.stderr)")
        let predict = try CommandRunner.run(["predict", folder.path("m.safetensors"), folder.path("f.csv")])
        #expect(predict.status == 0, "\(predict.stderr)")
        #expect(predict.stdout.split(separator: "\n").count == 100, "one line per row")
    }

    /// digitviz's recipe hears up to 4 kHz unless told otherwise; the recipe file records it,
    /// and a CSV of another band limit is named by its option.
    @Test func bandLimitOption() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try smallSampleData(in: folder)
        let narrow = try CommandRunner.run(["features", data, "-o", folder.path("n.csv"), "-q", "--recipe", "digitviz"])
        #expect(narrow.status == 0, "\(narrow.stderr)")
        #expect(try #require(try FeatureRecipeFile.configuration(of: folder.url.appendingPathComponent("n.csv"))).bandLimit == 4000)
        let wide = try CommandRunner.run(["features", data, "-o", folder.path("w.csv"), "-q", "--recipe", "digitviz", "--band-limit", "none"])
        #expect(wide.status == 0, "\(wide.stderr)")
        #expect(try #require(try FeatureRecipeFile.configuration(of: folder.url.appendingPathComponent("w.csv"))).bandLimit == nil)
        let clash = try CommandRunner.run(["train", folder.path("w.csv"), "-m", folder.path("m.safetensors"), "--band-limit", "3000"])
        #expect(clash.status == 1 && clash.stderr.contains("made with --recipe digitviz --band-limit none"), "\(clash.stderr)")
        for wrong in ["0", "-5", "100", "abc"] {
            let refused = try CommandRunner.run(["features", data, "-o", folder.path("x.csv"), "--band-limit", wrong])
            #expect(refused.status == 64 && (refused.stderr.contains("band-limit") || refused.stderr.contains("band limit")), "\(wrong): \(refused.stderr)")
        }
        #expect(try folder.contents() == ["data", "n.csv", "n.csv.json", "w.csv", "w.csv.json"])
    }

    /// The issue's case: the model claimed 3 dropped bands at 22,050 Hz.
    @Test func modelRecordsTheCSVsRecipe() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try smallSampleData(in: folder)
        let features = try CommandRunner.run(["features", data, "-o", folder.path("f.csv"), "-q",
                                              "--recipe", "digitviz", "--dropped-low-bands", "3", "--sample-rate", "native"])
        #expect(features.status == 0, "\(features.stderr)")
        let train = try CommandRunner.run(["train", folder.path("f.csv"), "-m", folder.path("m.safetensors"), "--epochs", "2", "-q"])
        #expect(train.status == 0, "\(train.stderr)")
        let model = try ModelFile.read(from: folder.url.appendingPathComponent("m.safetensors"))
        #expect(model.featureConfiguration.droppedLowBands == 3)
        #expect(model.featureConfiguration.sampleRate == nil)
        #expect(model.featureConfiguration.pooling == .segments && model.featureConfiguration.coefficients == 20)

        // Options that disagree with the CSV's recipe: one line naming both, nothing written.
        let clash = try CommandRunner.run(["train", folder.path("f.csv"), "-m", folder.path("n.safetensors"), "--dropped-low-bands", "0"])
        #expect(clash.status == 1)
        #expect(clash.stderr.split(separator: "\n").count == 1)
        #expect(clash.stderr.contains("f.csv: made with --recipe digitviz --sample-rate native --dropped-low-bands 3 (f.csv.json)"))
        #expect(clash.stderr.contains("the options ask for --recipe digitviz --sample-rate native"))
        // Options that agree are fine.
        let agree = try CommandRunner.run(["train", folder.path("f.csv"), "-m", folder.path("n.safetensors"), "--epochs", "1", "-q",
                                           "--dropped-low-bands", "3"])
        #expect(agree.status == 0, "\(agree.stderr)")

        // A model of another recipe on this CSV: one line saying how to make fitting features.
        let other = try CommandRunner.run(["train", data, "-m", folder.path("d.safetensors"), "--epochs", "1", "-q"])
        #expect(other.status == 0, "\(other.stderr)")
        for extra in [["evaluate"], ["confusion", "-o", folder.path("c.png")], ["predict"]] {
            let mismatch = try CommandRunner.run(extra + [folder.path("d.safetensors"), folder.path("f.csv")])
            #expect(mismatch.status == 1)
            #expect(mismatch.stderr.split(separator: "\n").count == 1, "\(mismatch.stderr)")
            #expect(mismatch.stderr.contains("d.safetensors needs --recipe digitviz: make the features with 'digitviz features DATA --recipe digitviz'"))
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("c.png")))
    }

    @Test func csvWithoutRecipeFile() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = try smallSampleData(in: folder)
        let stdout = try CommandRunner.run(["features", data, "-o", "-", "--recipe", "digitviz", "-q"])
        #expect(stdout.status == 0)
        #expect(try folder.contents() == ["data"], "standard output has no recipe file")
        try stdout.stdout.write(toFile: folder.path("wide.csv"), atomically: true, encoding: .utf8)
        // Only digitviz's recipe makes 120 columns: taken as it, said on stderr.
        let fits = try CommandRunner.run(["train", folder.path("wide.csv"), "-m", folder.path("m.safetensors"), "--epochs", "1"])
        #expect(fits.status == 0, "\(fits.stderr)")
        #expect(fits.stderr.contains("wide.csv: no recipe file wide.csv.json; its 120 columns fit --recipe digitviz, taken as its recipe"))
        #expect(try ModelFile.read(from: folder.url.appendingPathComponent("m.safetensors")).featureConfiguration == .digitviz)

        // No recipe makes 13 columns: say what to give.
        let thirteen = try CommandRunner.run(["features", data, "-o", "-", "--coefficients", "13", "-q"])
        try thirteen.stdout.write(toFile: folder.path("other.csv"), atomically: true, encoding: .utf8)
        let unknown = try CommandRunner.run(["train", folder.path("other.csv"), "-m", folder.path("o.safetensors")])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "digitviz: \(folder.path("other.csv")): no recipe file other.csv.json, and no recipe makes 13 "
            + "features per row: give the options it was made with "
            + "(--recipe, --pooling, --coefficients, --dropped-low-bands, --sample-rate)\n")
        let given = try CommandRunner.run(["train", folder.path("other.csv"), "-m", folder.path("o.safetensors"), "--recipe", "librosa",
                                           "--coefficients", "13", "--epochs", "1", "-q"])
        #expect(given.status == 0, "\(given.stderr)")

        // The original's processed.csv shape (40 columns) is librosa's recipe, said on stderr.
        let narrow = try CommandRunner.run(["features", data, "-o", "-", "-q"])
        try narrow.stdout.write(toFile: folder.path("narrow.csv"), atomically: true, encoding: .utf8)
        let told = try CommandRunner.run(["train", folder.path("narrow.csv"), "-m", folder.path("n.safetensors"), "--epochs", "1"])
        #expect(told.status == 0, "\(told.stderr)")
        #expect(told.stderr.contains("narrow.csv: no recipe file narrow.csv.json; its 40 columns fit --recipe librosa"))
        #expect(try ModelFile.read(from: folder.url.appendingPathComponent("n.safetensors")).featureConfiguration == .standard)

        // A recipe file of other features is named as such.
        try FeatureRecipeFile(features: .digitviz).encoded().write(to: folder.url.appendingPathComponent("narrow.csv.json"))
        let stale = try CommandRunner.run(["train", folder.path("narrow.csv"), "-m", folder.path("n.safetensors")])
        #expect(stale.status == 1)
        #expect(stale.stderr.contains("narrow.csv.json: describes 120 features per row but narrow.csv has 40"))
    }
}
