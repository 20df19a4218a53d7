@testable import HandbookKit
import Testing

/// What handbook reads from WeasyPrint's `--verbose` output to say how far a print is.
@Suite("PDF printer")
struct PDFPrinterTests {
    @Test(arguments: [
        ("INFO: Step 1 - Fetching and parsing HTML - print/welcome.html", PDFPrinter.Progress.preparing),
        ("INFO: Step 4 - Creating formatting structure", .preparing),
        ("INFO: Step 5 - Creating layout - Page 12", .page(12)),
        ("INFO: Step 5 - Creating layout - Repagination #1", .numbering),
        ("INFO: Step 6 - Creating PDF", .writing),
        ("INFO: Step 7 - Adding PDF metadata", .writing),
    ])
    func weasyPrintsStepsAreProgress(line: String, progress: PDFPrinter.Progress) {
        #expect(PDFPrinter.Progress(weasyPrint: line) == progress)
    }

    @Test(arguments: ["WARNING: Ignored `gap: 0.3rem` at 24:70, unknown property.", "ERROR: No anchor #x for internal URI reference", ""])
    func otherLinesAreNot(line: String) {
        #expect(PDFPrinter.Progress(weasyPrint: line) == nil)
    }
}
