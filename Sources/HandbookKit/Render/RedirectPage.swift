/// The small page left at an old address of a note (`aliases:`): it sends the reader on at once,
/// and tells search engines where the page is now. Made by the tool, not the theme.
enum RedirectPage {
    static func html(at path: String, to target: Route, title: String, settings: Settings) -> String {
        let address = HTML.escapeHref(target.address(from: .redirect(path)))
        let canonical = settings.baseURL.map { HTML.escapeHref(($0.hasSuffix("/") ? $0 : $0 + "/") + target.path) } ?? address
        let title = HTML.escape(title)
        return """
            <!DOCTYPE html>
            <html lang="\(HTML.escape(settings.language))">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <link rel="canonical" href="\(canonical)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(address)">
            </head>
            <body>
            <p>This page has moved to <a href="\(address)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}
