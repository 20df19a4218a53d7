import Testing
@testable import HandbookKit

/// What `serve` sends besides the files: their types, the script and the error overlay.
@Suite("Served pages")
struct ServedPageTests {
    @Test func mediaTypesFollowTheExtension() {
        #expect(MediaType.of("index.html") == "text/html; charset=utf-8")
        #expect(MediaType.of("assets/handbook.css") == "text/css; charset=utf-8")
        #expect(MediaType.of("search-index.js") == "text/javascript; charset=utf-8")
        #expect(MediaType.of("assets/teams.SVG") == "image/svg+xml")
        #expect(MediaType.of("raci.csv") == "text/csv; charset=utf-8")
        #expect(MediaType.of("handbook.json") == "application/json")
        #expect(MediaType.of("sitemap.xml") == "application/xml")
        #expect(MediaType.of("assets/font.woff2") == "font/woff2")
        #expect(MediaType.of("assets/photo.jpg") == "image/jpeg")
        #expect(MediaType.of("assets/logo.png") == "image/png")
        #expect(MediaType.of("notes/readme.txt") == "text/plain; charset=utf-8")
        #expect(MediaType.of("assets/archive") == "application/octet-stream")
    }

    @Test func markupGoesBeforeTheLastBodyEndAndAfterTheHeadStart() {
        let page = "<html><head><title>x</title></head><body><header>h</header></BODY></html>"
        #expect(HTMLInsertion.beforeBodyEnd("<s>", in: page) == "<html><head><title>x</title></head><body><header>h</header><s></BODY></html>")
        #expect(HTMLInsertion.afterHeadStart("<b>", in: page) == "<html><head><b><title>x</title></head><body><header>h</header></BODY></html>")
        #expect(HTMLInsertion.beforeBodyEnd("<s>", in: "plain") == "plain<s>")
    }

    @Test func theOverlayEscapesWhatItShows() {
        let error = Diagnostic.error("team-unknown", at: SourceLocation(file: "raci.yml", line: 4, column: 10), "no team has the id '<img src=x onerror=alert(1)>'", hint: "use <b>")
        let html = ErrorOverlay(errors: [error]).html
        #expect(html.contains("raci.yml:4:10: error: no team has the id &#39;&lt;img src=x onerror=alert(1)&gt;&#39;"))
        #expect(html.contains("hint: use &lt;b&gt;"))
        #expect(!html.contains("<img"))
        #expect(ErrorOverlay(errors: []).html.isEmpty)
    }

    @Test func theOverlayPromisesALastGoodPageOnlyWhenThereIsOne() {
        let error = Diagnostic.error("yaml-syntax", at: SourceLocation(file: "raci.yml", line: 1, column: 1), "bad")
        #expect(ErrorOverlay(errors: [error]).html.contains("This is the last good version of the page"))
        let first = ErrorOverlay(errors: [error], overGoodPage: false).html
        #expect(first.contains("Nothing has been built yet") && !first.contains("last good"))
    }
}
