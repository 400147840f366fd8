import DigitAudio
import FoundationEssentials

/// Which feature configuration a command reads its data with. For recordings it is the
/// model's, or the feature options over the command's defaults. For a features CSV it is
/// the recipe in its recipe file (``FeatureRecipeFile``), which the model and the options
/// must agree with; without a recipe file, the options, or else the one recipe its column
/// count fits. Every disagreement is one line saying what to pass.
enum FeatureSelection {
    /// The configuration to train on `source` with: see the type's description.
    /// - Parameter note: called with a line to show when the recipe is inferred from a CSV's columns.
    static func forTraining(_ source: String, options: FeatureOptions, defaults: FeatureConfiguration,
                            note: (String) -> Void = { _ in }) throws -> FeatureConfiguration {
        let url = URL(fileURLWithPath: source)
        guard LabeledFeatures.isFeaturesCSV(url) else { return try options.configuration(defaults: defaults) }
        if let recorded = try FeatureRecipeFile.configuration(of: url) {
            let asked = try options.configuration(defaults: recorded)
            guard asked == recorded else {
                throw FileFormatError(url: url, message: "made with \(FeatureOptions.arguments(for: recorded)) "
                    + "(\(recipeFileName(url))), but the options ask for \(FeatureOptions.arguments(for: asked)): "
                    + "leave the feature options out to use the CSV's recipe, or make the features again with them")
            }
            return recorded
        }
        guard options.isEmpty else { return try options.configuration(defaults: defaults) }
        let dimension = try FeatureTable(contentsOf: url).dimension
        let fitting = candidates.filter { $0.dimension == dimension }
        guard fitting.count == 1, let recipe = fitting.first else {
            let reason = fitting.isEmpty
                ? "no recipe makes \(dimension) features per row"
                : "its \(dimension) columns fit several recipes (\(fitting.map(FeatureOptions.arguments).joined(separator: "; ")))"
            throw FileFormatError(url: url, message: "no recipe file \(recipeFileName(url)), and \(reason): give the "
                + "options it was made with (--recipe, --pooling, --coefficients, --dropped-low-bands, --sample-rate)")
        }
        note("\(source): no recipe file \(recipeFileName(url)); its \(dimension) columns fit \(FeatureOptions.arguments(for: recipe)), taken as its recipe")
        return recipe
    }

    /// The configuration to read `source` with for `model` (read from `modelPath`): the
    /// model's, which a CSV's recipe file must record.
    static func forModel(_ model: TrainedModel, at modelPath: String, source: String) throws -> FeatureConfiguration {
        let url = URL(fileURLWithPath: source)
        let needed = model.featureConfiguration
        if LabeledFeatures.isFeaturesCSV(url), let recorded = try FeatureRecipeFile.configuration(of: url), recorded != needed {
            let arguments = FeatureOptions.arguments(for: needed)
            throw FileFormatError(url: url, message: "made with \(FeatureOptions.arguments(for: recorded)) "
                + "(\(recipeFileName(url))), but \(modelPath) needs \(arguments): make the features with "
                + "'digitviz features DATA \(arguments)', or give the recordings' folder")
        }
        return needed
    }

    /// The configurations a CSV without a recipe file may be told by its column count: the
    /// recipes, and `digitviz features` with each pooling into one summary (a sequence's
    /// width depends on its frame count, so it needs its recipe file).
    private static let candidates: [FeatureConfiguration] = {
        var list = FeatureRecipe.allCases.map(\.configuration)
        for pooling in FeatureConfiguration.Pooling.allCases where !pooling.isSequence {
            var configuration = FeatureConfiguration.standard
            configuration.pooling = pooling
            if !list.contains(configuration) { list.append(configuration) }
        }
        return list
    }()

    private static func recipeFileName(_ csv: URL) -> String {
        FeatureRecipeFile.url(for: csv).lastPathComponent
    }
}
