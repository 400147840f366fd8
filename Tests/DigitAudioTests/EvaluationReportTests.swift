import Foundation
import Testing
@testable import DigitAudio

@Suite struct EvaluationReportTests {
    let report = EvaluationReport(
        matrix: ConfusionMatrix(truth: [0, 0, 0, 1, 1, 2, 2, 2, 2], predicted: [0, 0, 1, 1, 1, 2, 2, 0, 0], classCount: 3),
        classNames: ["zero", "one", "two"])

    @Test func matchesScikitLearnClassificationReport() {
        // classification_report(t, p, target_names=["zero", "one", "two"], zero_division=0), sklearn 1.9.1.
        #expect(report.classificationReport() == """
                          precision    recall  f1-score   support

                    zero       0.50      0.67      0.57         3
                     one       0.67      1.00      0.80         2
                     two       1.00      0.50      0.67         4

                accuracy                           0.67         9
               macro avg       0.72      0.72      0.68         9
            weighted avg       0.76      0.67      0.66         9

            """)
    }

    @Test func honoursDigitsAndClassesWithoutSamples() {
        let report = EvaluationReport(
            matrix: ConfusionMatrix(truth: [0, 0, 1], predicted: [0, 2, 1], classCount: 4),
            classNames: ["a", "b", "c", "d"])
        // The same call with labels=[0, 1, 2, 3], digits=3.
        #expect(report.classificationReport(digits: 3) == """
                          precision    recall  f1-score   support

                       a      1.000     0.500     0.667         2
                       b      1.000     1.000     1.000         1
                       c      0.000     0.000     0.000         0
                       d      0.000     0.000     0.000         0

                accuracy                          0.667         3
               macro avg      0.500     0.375     0.417         3
            weighted avg      1.000     0.667     0.778         3

            """)
    }

    @Test func rendersConfusionTable() {
        #expect(report.confusionTable == """
            true \\ pred  zero   one   two
                   zero     2     1     0
                    one     0     2     0
                    two     2     0     2

            """)
        #expect(report.description == report.classificationReport() + "\n" + report.confusionTable)
    }

    @Test func defaultsToDigitNames() {
        let report = EvaluationReport(matrix: ConfusionMatrix(truth: [3], predicted: [3], classCount: 10))
        #expect(report.classes.map(\.name) == digitNames)
        #expect(report.classes[3].metrics == ClassMetrics(precision: 1, recall: 1, f1: 1, support: 1))
    }

    @Test func jsonHoldsEveryNumberAndRoundTrips() throws {
        let data = try report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["accuracy"] as? Double == 6.0 / 9.0)
        #expect(object["confusionMatrix"] as? [[Int]] == [[2, 1, 0], [0, 2, 0], [2, 0, 2]])
        let classes = try #require(object["classes"] as? [[String: Any]])
        #expect(classes.map { $0["name"] as? String } == ["zero", "one", "two"])
        #expect(classes[1]["precision"] as? Double == 2.0 / 3.0)
        #expect(classes[1]["recall"] as? Double == 1)
        #expect(classes[1]["f1"] as? Double == 0.8)
        #expect(classes[1]["support"] as? Int == 2)
        #expect((object["macroAverage"] as? [String: Any])?["support"] as? Int == 9)
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == report)
    }
}
