extension OrgChart {
    /// The sizes of the drawing, in SVG units. 480 wide with three boxes a row keeps 15-unit
    /// text at 11 px or more on a 390 px phone; larger organisations wrap into more rows.
    enum Layout {
        static let width = 480.0
        static let columns = 3
        static let bandPadding = 10.0
        static let bandGap = 12.0
        static let titleSize = 14.0
        static let titleHeight = 24.0
        static let gap = 8.0
        static let boxPadding = 8.0
        static let fontSize = 15.0
        static let memberSize = 14.0
        static let lineHeight = 19.0
        static let maxNameLines = 3
        static var boxWidth: Double { (width - 2 * bandPadding - Double(columns - 1) * gap) / Double(columns) }
        static var textWidth: Double { boxWidth - 2 * boxPadding }
    }

    /// The chart as an SVG element, for a page whose relative path to the site root is `root`
    /// (`""`, `"../"`): each box links to `root` + the team's page.
    public func svg(root: String) -> String {
        svg { root + Route.team($0.id).path }
    }

    /// The chart as an SVG element whose boxes link where `link` says (print.html: to the team's chapter).
    func svg(link: (Team) -> String) -> String {
        var svg = SVGWriter()
        var bandsMarkup = SVGWriter()
        var y = 0.0
        for band in bands {
            y = draw(band, at: y, link: link, into: &bandsMarkup) + Layout.bandGap
        }
        let height = max(y - Layout.bandGap, 1)
        let size = [SVGWriter.number(Layout.width), SVGWriter.number(height)]
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("class", "org-chart"),
            ("viewBox", "0 0 \(size[0]) \(size[1])"), ("width", size[0]), ("height", size[1]),
            ("style", "max-width:100%;height:auto"), ("font-family", "system-ui, sans-serif"), ("font-size", SVGWriter.number(Layout.fontSize)),
        ])
        svg.element("title", text: "Organisation chart")
        svg.element("desc", text: description)
        svg.newline()
        svg.append(bandsMarkup)
        svg.close()
        svg.newline()
        return svg.output
    }

    /// What the chart shows, in a sentence: its `<desc>`.
    var description: String {
        let teams = teams.count, grouped = bands.filter { $0.group != nil }.count
        var text = "\(teams) team\(teams == 1 ? "" : "s")"
        if grouped > 0 { text += " in \(grouped) group\(grouped == 1 ? "" : "s")" }
        if shape != Shape.full.name { text += ", as the organisation looks in the shape '\(shape)'" }
        return text + ". Each box links to the team's page."
    }

    /// Draws a band from `top`; returns where it ends.
    private func draw(_ band: Band, at top: Double, link: (Team) -> String, into svg: inout SVGWriter) -> Double {
        var inner = SVGWriter()
        var y = top + Layout.bandPadding + (band.title == nil ? 0 : Layout.titleHeight)
        for row in stride(from: 0, to: band.boxes.count, by: Layout.columns) {
            let boxes = band.boxes[row..<min(row + Layout.columns, band.boxes.count)]
            let height = boxes.map(Self.height).max() ?? 0
            for (index, box) in boxes.enumerated() {
                let x = Layout.bandPadding + Double(index) * (Layout.boxWidth + Layout.gap)
                draw(box, x: x, y: y, height: height, link: link, into: &inner)
            }
            y += height + Layout.gap
        }
        let bottom = y - Layout.gap + Layout.bandPadding
        var attributes = [("class", "org-chart__band"), ("role", "list")]
        if let title = band.title { attributes.append(("aria-label", title)) }
        svg.open("g", attributes)
        svg.element("rect", [
            ("class", "org-chart__band-frame"), ("x", "0.5"), ("y", SVGWriter.number(top + 0.5)),
            ("width", SVGWriter.number(Layout.width - 1)), ("height", SVGWriter.number(bottom - top - 1)), ("rx", "8"),
            ("fill", "currentColor"), ("fill-opacity", "0.03"), ("stroke", "currentColor"), ("stroke-opacity", "0.25"),
        ])
        if let title = band.title {
            svg.element("text", [
                ("class", "org-chart__band-title"), ("x", SVGWriter.number(Layout.bandPadding)),
                ("y", SVGWriter.number(top + Layout.bandPadding + Layout.titleSize)), ("font-size", SVGWriter.number(Layout.titleSize)),
                ("font-weight", "600"), ("fill", "currentColor"), ("aria-hidden", "true"),
            ], text: SVGText.truncated(title, width: Layout.width - 2 * Layout.bandPadding, fontSize: Layout.titleSize))
        }
        svg.newline()
        svg.append(inner)
        svg.close()
        svg.newline()
        return bottom
    }

    /// The lines of a box's name.
    private static func nameLines(_ box: Box) -> [String] {
        SVGText.lines(box.name, width: Layout.textWidth, fontSize: Layout.fontSize, maxLines: Layout.maxNameLines)
    }

    /// A box's height: its name, and a line per member when it stands for merged teams.
    private static func height(_ box: Box) -> Double {
        let lines = nameLines(box).count + (box.isMerged ? box.members.count : 0)
        return 2 * Layout.boxPadding + Double(lines) * Layout.lineHeight
    }

    private func draw(_ box: Box, x: Double, y: Double, height: Double, link: (Team) -> String, into svg: inout SVGWriter) {
        let rect: [(String, String)] = [
            ("class", "org-chart__box"), ("x", SVGWriter.number(x)), ("y", SVGWriter.number(y)),
            ("width", SVGWriter.number(Layout.boxWidth)), ("height", SVGWriter.number(height)), ("rx", "6"),
            ("fill", "currentColor"), ("fill-opacity", "0.06"), ("stroke", "currentColor"), ("stroke-opacity", "0.5"),
        ]
        let textX = SVGWriter.number(x + Layout.boxPadding)
        var lineY = y + Layout.boxPadding + Layout.lineHeight - 5
        svg.open("g", [("role", "listitem")])
        if box.isMerged {
            svg.element("rect", rect)
            text(Self.nameLines(box), x: textX, y: &lineY, into: &svg, attributes: Self.nameAttributes)
            svg.open("g", [("role", "list"), ("aria-label", "\(box.name): merged teams")])
            for team in box.members {
                svg.open("g", [("role", "listitem")])
                self.link(to: team, href: link(team), into: &svg) { svg in
                    let name = SVGText.truncated("› " + team.name, width: Layout.textWidth, fontSize: Layout.memberSize)
                    text([name], x: textX, y: &lineY, into: &svg, attributes: [
                        ("class", "org-chart__member"), ("font-size", SVGWriter.number(Layout.memberSize)), ("text-decoration", "underline"),
                    ])
                }
                svg.close()
            }
            svg.close()
        } else if let team = box.members.first {
            self.link(to: team, href: link(team), into: &svg) { svg in
                svg.element("rect", rect)
                text(Self.nameLines(box), x: textX, y: &lineY, into: &svg, attributes: Self.nameAttributes)
            }
        }
        svg.close()
        svg.newline()
    }

    private static let nameAttributes = [("class", "org-chart__name"), ("font-weight", "600")]

    /// A link to a team's page around `content`, named by the team, its summary as a tooltip.
    private func link(to team: Team, href: String, into svg: inout SVGWriter, content: (inout SVGWriter) -> Void) {
        svg.open("a", [("href", href), ("class", "org-chart__link"), ("aria-label", team.name)])
        svg.element("title", text: team.summary.map { "\(team.name): \($0)" } ?? team.name)
        content(&svg)
        svg.close()
    }

    /// Lines of text, one `<text>` each, from `y` down.
    private func text(_ lines: [String], x: String, y: inout Double, into svg: inout SVGWriter, attributes: [(String, String)]) {
        for line in lines {
            svg.element("text", [("x", x), ("y", SVGWriter.number(y)), ("fill", "currentColor")] + attributes, text: line)
            y += Layout.lineHeight
        }
    }
}
