import Foundation

/// Adds markup to a served page without parsing it: the page on disk stays as built.
enum HTMLInsertion {
    /// Puts `markup` before the page's last `</body>`, or at its end when it has none.
    static func beforeBodyEnd(_ markup: String, in html: String) -> String {
        guard let end = html.range(of: "</body", options: [.caseInsensitive, .backwards]) else { return html + markup }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: markup)
    }

    /// Puts `markup` right after the opening `<head>` tag, or at the start when there is none.
    static func afterHeadStart(_ markup: String, in html: String) -> String {
        guard let head = html.range(of: #"<head(\s[^>]*)?>"#, options: [.regularExpression, .caseInsensitive]) else {
            return markup + html
        }
        return html.replacingCharacters(in: head.upperBound..<head.upperBound, with: markup)
    }
}
