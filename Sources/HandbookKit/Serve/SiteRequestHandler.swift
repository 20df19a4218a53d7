import Foundation

/// Answers requests with the files of the site ``LiveSite`` keeps, and nothing else.
///
/// `/` and folder URLs serve the folder's `index.html`; a folder asked for without its final
/// slash is redirected to it, so that the page's relative links work. Misses get the site's
/// `404.html` with status 404. HTML pages get the live-reload snippet on the way out.
struct SiteRequestHandler: Sendable {
    let site: LiveSite
    let liveReload: LiveReload

    func response(to request: HTTPRequestHead) async -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            var response = plain(.methodNotAllowed, "Only GET and HEAD are served here.\n")
            response.fields.append((name: "Allow", value: "GET, HEAD"))
            return response
        }
        let raw = String(request.path)
        if raw == LiveReload.endpoint {
            let page = request.query.split(separator: "&").first { $0.hasPrefix("page=") }
                .map { String($0.dropFirst("page=".count)).removingPercentEncoding ?? "" } ?? ""
            return plain(.ok, await liveReload.id(of: page))
        }
        switch RequestPath(raw) {
        case .invalid:
            return plain(.badRequest, "Bad request: the path must name a file inside the site.\n")
        case .hidden:
            return await notFound()
        case .site(let path, let isFolder):
            switch site.kind(of: path) {
            case .folder where !isFolder:
                let query = request.query
                return HTTPResponse(.movedPermanently, fields: [(name: "Location", value: raw + "/" + (query.isEmpty ? "" : "?" + query))])
            case .folder:
                if let page = await file(path.isEmpty ? "index.html" : path + "/index.html") { return page }
                return await notFound()
            case .file where !isFolder:
                if let file = await file(path) { return file }
                return await notFound()
            case .file, nil:
                return await notFound()
            }
        }
    }

    /// The answer to a request that is not read (``HTTPHeadParser``): what is wrong with it.
    func refusal(_ status: HTTPStatus) -> HTTPResponse {
        switch status {
        case .uriTooLong: plain(status, "The request line is too long.\n")
        case .headerFieldsTooLarge: plain(status, "The request's header fields are too large.\n")
        case .httpVersionNotSupported: plain(status, "Only HTTP/1.0 and HTTP/1.1 are served here.\n")
        default: plain(status, "Bad request: this is not an HTTP/1.1 request.\n")
        }
    }

    /// A file of the site with status 200; `nil` when it cannot be read.
    private func file(_ path: String) async -> HTTPResponse? {
        guard let data = site.contents(of: path) else { return nil }
        guard MediaType.isHTML(path) else { return respond(.ok, data, type: MediaType.of(path)) }
        let page = HTMLInsertion.beforeBodyEnd(await liveReload.snippet(for: path), in: String(decoding: data, as: UTF8.self))
        return respond(.ok, Data(page.utf8), type: MediaType.of(path))
    }

    /// The site's 404 page with status 404, its links made to work from any depth by a `<base>`;
    /// before the first good build, a page that says so (with the errors over it), status 503.
    private func notFound() async -> HTTPResponse {
        guard let data = site.contents(of: Route.notFound.path) else {
            let snippet = await liveReload.snippet(for: Route.notFound.path, overGoodPage: false)
            let page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Nothing to show yet</title></head>
                <body><h1>Nothing to show yet</h1><p>The handbook has not been built without errors yet. \
                This page reloads when it is.</p>\(snippet)</body></html>
                """
            return respond(.serviceUnavailable, Data(page.utf8), type: MediaType.of("404.html"))
        }
        let snippet = await liveReload.snippet(for: Route.notFound.path)
        let page = HTMLInsertion.afterHeadStart(#"<base href="/">"#, in: String(decoding: data, as: UTF8.self))
        return respond(.notFound, Data(HTMLInsertion.beforeBodyEnd(snippet, in: page).utf8), type: MediaType.of("404.html"))
    }

    private func plain(_ status: HTTPStatus, _ text: String) -> HTTPResponse {
        respond(status, Data(text.utf8), type: MediaType.of("a.txt"))
    }

    /// A response that is never cached (the site changes under it).
    private func respond(_ status: HTTPStatus, _ body: Data, type: String) -> HTTPResponse {
        HTTPResponse(status, fields: [
            (name: "Content-Type", value: type), (name: "Cache-Control", value: "no-store"), (name: "X-Content-Type-Options", value: "nosniff"),
        ], body: body)
    }
}
