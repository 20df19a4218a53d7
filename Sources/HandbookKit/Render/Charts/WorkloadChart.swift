/// A ``Workload`` as a bar chart: per column of the matrix, one bar split into its letters,
/// with the counts written out and the balance warnings it trips named. All bars share one
/// scale (the column with the most letters fills the width), so one team's bar on its own page
/// is comparable with the whole chart.
///
/// The SVG is an image (`role="img"`): its `<title>` and `<desc>` say every number, and its
/// colours are shades of the page's text colour (`currentColor`), so it follows the theme in
/// light and dark and tells the letters apart without colour vision.
public enum WorkloadChart {
    enum Layout {
        static let width = 480.0
        static let fontSize = 15.0
        static let smallSize = 14.0
        static let legendHeight = 26.0
        static let nameHeight = 22.0
        static let barHeight = 14.0
        static let rowGap = 12.0
        static let segmentGap = 1.5
    }

    /// How strongly each letter's segment is filled, strongest letter darkest.
    static func opacity(_ letter: RACILetter) -> String {
        switch letter {
        case .accountable: "0.9"
        case .responsible: "0.62"
        case .support: "0.45"
        case .consulted: "0.3"
        case .informed: "0.16"
        }
    }

    /// Every column's bar: for the teams index and the matrix page.
    public static func svg(_ workload: Workload) -> String {
        draw(workload.entries, of: workload, title: "Workload: activities per team and letter" + shapeSuffix(workload))
    }

    /// One team's bar (the column it is in), on the scale of the whole chart; `nil` when the team
    /// is not in the shape.
    public static func svg(_ workload: Workload, team: String) -> String? {
        guard let entry = workload.entry(for: team) else { return nil }
        return draw([entry], of: workload, title: "Workload of \(entry.name)" + shapeSuffix(workload))
    }

    private static func shapeSuffix(_ workload: Workload) -> String {
        workload.shape == Shape.full.name ? "" : " in the shape '\(workload.shape)'"
    }

    /// One entry's numbers in words, e.g. `Platform: accountable 9, responsible 11 … (overloaded)`.
    static func summary(_ entry: Workload.Entry, letters: [RACILetter]) -> String {
        let counts = letters.map { "\($0.word.lowercased()) \(entry.count($0))" }.joined(separator: ", ")
        let flags = entry.flags.isEmpty ? "" : " (\(entry.flags.map(\.rawValue).joined(separator: ", ")))"
        return "\(entry.name): \(counts)\(flags)."
    }

    private static func draw(_ entries: [Workload.Entry], of workload: Workload, title: String) -> String {
        let rowHeight = Layout.nameHeight + Layout.barHeight + Layout.rowGap
        let height = Layout.legendHeight + Double(entries.count) * rowHeight - Layout.rowGap
        let size = [SVGWriter.number(Layout.width), SVGWriter.number(height)]
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "workload-chart"), ("role", "img"),
            ("viewBox", "0 0 \(size[0]) \(size[1])"), ("width", size[0]), ("height", size[1]),
            ("style", "max-width:100%;height:auto"), ("font-family", "system-ui, sans-serif"), ("font-size", SVGWriter.number(Layout.fontSize)),
        ])
        svg.element("title", text: title)
        svg.element("desc", text: "Out of \(workload.activityCount) activities. " + entries.map { summary($0, letters: workload.letters) }.joined(separator: " "))
        svg.newline()
        legend(workload.letters, into: &svg)
        let scale = Double(max(workload.largestTotal, 1))
        for (index, entry) in entries.enumerated() {
            row(entry, letters: workload.letters, top: Layout.legendHeight + Double(index) * rowHeight, scale: scale, into: &svg)
        }
        svg.close()
        svg.newline()
        return svg.output
    }

    /// A swatch and the word for each letter, across the top.
    private static func legend(_ letters: [RACILetter], into svg: inout SVGWriter) {
        svg.open("g", [("class", "workload-chart__legend"), ("font-size", SVGWriter.number(Layout.smallSize))])
        let step = Layout.width / Double(letters.count)
        for (index, letter) in letters.enumerated() {
            let x = Double(index) * step
            svg.element("rect", [
                ("class", "workload-chart__segment workload-chart__segment--\(letter.rawValue.lowercased())"),
                ("x", SVGWriter.number(x)), ("y", "2"), ("width", "12"), ("height", "12"), ("fill", "currentColor"), ("fill-opacity", opacity(letter)),
            ])
            svg.element("text", [("x", SVGWriter.number(x + 16)), ("y", "12"), ("fill", "currentColor")], text: "\(letter.rawValue) \(letter.word)")
        }
        svg.close()
        svg.newline()
    }

    /// The name (and the warnings it trips) over the counts, and the bar below.
    private static func row(_ entry: Workload.Entry, letters: [RACILetter], top: Double, scale: Double, into svg: inout SVGWriter) {
        let classes = ["workload-chart__row"] + entry.flags.map { "workload-chart__row--\($0.rawValue)" }
        svg.open("g", [("class", classes.joined(separator: " "))])
        let counts = letters.map { "\($0.rawValue) \(entry.count($0))" }.joined(separator: " · ")
        let countsWidth = SVGText.width(counts, fontSize: Layout.smallSize)
        let flags = entry.flags.map { "⚠ \($0.rawValue)" }.joined(separator: " ")
        let nameWidth = Layout.width - countsWidth - 8 - (flags.isEmpty ? 0 : SVGText.width(flags, fontSize: Layout.smallSize) + 6)
        let name = SVGText.truncated(entry.short, width: max(nameWidth, 40), fontSize: Layout.fontSize)
        let baseline = SVGWriter.number(top + 15)
        svg.open("text", [("x", "0"), ("y", baseline), ("fill", "currentColor")])
        svg.element("tspan", [("class", "workload-chart__name"), ("font-weight", "600")], text: name)
        if !flags.isEmpty {
            svg.element("tspan", [("class", "workload-chart__flag"), ("dx", "6"), ("font-size", SVGWriter.number(Layout.smallSize)), ("font-weight", "700")], text: flags)
        }
        svg.close()
        svg.element("text", [
            ("class", "workload-chart__counts"), ("x", SVGWriter.number(Layout.width)), ("y", baseline), ("text-anchor", "end"),
            ("font-size", SVGWriter.number(Layout.smallSize)), ("fill", "currentColor"),
        ], text: counts)
        var x = 0.0
        let barTop = SVGWriter.number(top + Layout.nameHeight)
        for letter in letters where entry.count(letter) > 0 {
            let width = Double(entry.count(letter)) / scale * Layout.width
            svg.open("rect", [
                ("class", "workload-chart__segment workload-chart__segment--\(letter.rawValue.lowercased())"),
                ("x", SVGWriter.number(x)), ("y", barTop), ("width", SVGWriter.number(max(width - Layout.segmentGap, 1))),
                ("height", SVGWriter.number(Layout.barHeight)), ("fill", "currentColor"), ("fill-opacity", opacity(letter)),
            ])
            svg.element("title", text: "\(letter.word): \(entry.count(letter))")
            svg.close()
            x += width
        }
        if entry.flags.contains(.overloaded) || entry.flags.contains(.idle) {
            svg.element("rect", [
                ("class", "workload-chart__warning"), ("x", "0.5"), ("y", SVGWriter.number(top + Layout.nameHeight - 2.5)),
                ("width", SVGWriter.number(max(x, 4) - 1)), ("height", SVGWriter.number(Layout.barHeight + 5)),
                ("fill", "none"), ("stroke", "currentColor"), ("stroke-dasharray", "3 2"),
            ])
        }
        svg.close()
        svg.newline()
    }
}
