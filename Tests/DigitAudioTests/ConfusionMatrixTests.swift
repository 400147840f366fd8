import Testing
@testable import DigitAudio

/// Three classes, nine samples; every number below is computed by hand (and agrees with
/// scikit-learn 1.9's `classification_report`).
@Suite struct ConfusionMatrixTests {
    static let truth = [0, 0, 0, 1, 1, 2, 2, 2, 2]
    static let predicted = [0, 0, 1, 1, 1, 2, 2, 0, 0]
    let matrix = ConfusionMatrix(truth: truth, predicted: predicted, classCount: 3)

    @Test func countsTrueByPredicted() {
        #expect(matrix.counts == [[2, 1, 0], [0, 2, 0], [2, 0, 2]])
        #expect(matrix.total == 9)
        #expect(matrix.accuracy == 6.0 / 9.0)
    }

    @Test func perClassMetrics() {
        // Class 0: 2 right of 4 predicted, of 3 true.  F1 = 2·2 / (3 + 4).
        #expect(matrix.metrics(of: 0) == ClassMetrics(precision: 0.5, recall: 2.0 / 3.0, f1: 4.0 / 7.0, support: 3))
        // Class 1: 2 right of 3 predicted, of 2 true.  F1 = 4 / 5.
        #expect(matrix.metrics(of: 1) == ClassMetrics(precision: 2.0 / 3.0, recall: 1, f1: 0.8, support: 2))
        // Class 2: 2 right of 2 predicted, of 4 true.  F1 = 4 / 6.
        #expect(matrix.metrics(of: 2) == ClassMetrics(precision: 1, recall: 0.5, f1: 4.0 / 6.0, support: 4))
        #expect(matrix.classMetrics == [matrix.metrics(of: 0), matrix.metrics(of: 1), matrix.metrics(of: 2)])
    }

    @Test func macroAndWeightedAverages() {
        // Macro: (0.5 + 2/3 + 1)/3, (2/3 + 1 + 0.5)/3, (4/7 + 4/5 + 2/3)/3.
        #expect(isClose(matrix.macroAverage, ClassMetrics(precision: 13.0 / 18.0, recall: 13.0 / 18.0,
                                                          f1: 214.0 / 315.0, support: 9)))
        // Weighted by support 3, 2, 4: weighted recall is the accuracy.
        #expect(isClose(matrix.weightedAverage, ClassMetrics(precision: 41.0 / 54.0, recall: 6.0 / 9.0,
                                                             f1: 628.0 / 945.0, support: 9)))
    }

    @Test func zeroDivisionCountsAsZero() {
        // Class 2 is predicted once but never true; class 3 never occurs at all.
        let matrix = ConfusionMatrix(truth: [0, 0, 1], predicted: [0, 2, 1], classCount: 4)
        #expect(matrix.metrics(of: 0) == ClassMetrics(precision: 1, recall: 0.5, f1: 2.0 / 3.0, support: 2))
        #expect(matrix.metrics(of: 1) == ClassMetrics(precision: 1, recall: 1, f1: 1, support: 1))
        #expect(matrix.metrics(of: 2) == ClassMetrics(precision: 0, recall: 0, f1: 0, support: 0))
        #expect(matrix.metrics(of: 3) == ClassMetrics(precision: 0, recall: 0, f1: 0, support: 0))
        #expect(isClose(matrix.macroAverage, ClassMetrics(precision: 0.5, recall: 0.375, f1: 5.0 / 12.0, support: 3)))
    }

    @Test func emptyMatrixScoresZero() {
        var matrix = ConfusionMatrix(classCount: 2)
        #expect(matrix.accuracy == 0)
        #expect(matrix.macroAverage == ClassMetrics(precision: 0, recall: 0, f1: 0, support: 0))
        #expect(matrix.weightedAverage == ClassMetrics(precision: 0, recall: 0, f1: 0, support: 0))
        matrix.add(truth: 1, predicted: 0)
        #expect(matrix.counts == [[0, 0], [1, 0]])
    }
}
