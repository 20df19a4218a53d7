import Foundation

/// `sitemap.xml`, written only when `base_url` says where the site is published.
enum Sitemap {
    static func make(pages: [Page], baseURL: String, lastUpdated: [String: Date]) -> Data {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted(by: { $0.path < $1.path }) where page.route.isIndexable {
            xml += "  <url><loc>\(HTML.escape(base + page.path))</loc>"
            if let date = page.source.flatMap({ lastUpdated[$0] }) { xml += "<lastmod>\(date.day)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return Data(xml.utf8)
    }
}
