import FlyingFox
import Foundation

/// Answers requests with the files of a built site folder, and nothing outside it.
///
/// `/` and folder URLs serve the folder's `index.html`; a folder asked for without its final
/// slash is redirected to it, so that the page's relative links work. Misses get the site's
/// `404.html` with status 404. HTML pages get the live-reload snippet on the way out.
struct SiteRequestHandler: HTTPHandler {
    /// The site folder. It is replaced whole on every build, so links in its path are resolved per request.
    let folder: URL
    let liveReload: LiveReload

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            var response = plain(.methodNotAllowed, "Only GET and HEAD are served here.\n", for: request)
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let raw = request.target.path()
        if raw == LiveReload.endpoint {
            return plain(.ok, await liveReload.buildID, for: request)
        }
        switch RequestPath(raw) {
        case .invalid:
            return plain(.badRequest, "Bad request: the path must name a file inside the site.\n", for: request)
        case .hidden:
            return await notFound(request)
        case .site(let path, let isFolder):
            switch item(at: path)?.kind {
            case .folder where !isFolder:
                let query = request.target.query()
                var response = HTTPResponse(statusCode: .movedPermanently)
                response.headers[.location] = raw + "/" + (query.isEmpty ? "" : "?" + query)
                return response
            case .folder:
                if let page = await file(path.isEmpty ? "index.html" : path + "/index.html", for: request) { return page }
                return await notFound(request)
            case .file where !isFolder:
                if let file = await file(path, for: request) { return file }
                return await notFound(request)
            case .file, nil:
                return await notFound(request)
            }
        }
    }

    private enum Kind { case file, folder }

    /// What is at a site path, and where, when it is inside the site folder once links are resolved.
    private func item(at path: String) -> (kind: Kind, url: URL)? {
        let root = folder.resolvingSymlinksInPath().path
        let url = folder.appendingPathComponent(path).resolvingSymlinksInPath()
        guard url.path == root || url.path.hasPrefix(root + "/") else { return nil }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        return (isFolder.boolValue ? .folder : .file, url)
    }

    /// The bytes of a file of the site; `nil` when there is none or it cannot be read.
    private func contents(of path: String) -> Data? {
        guard let item = item(at: path), item.kind == .file else { return nil }
        return FileManager.default.contents(atPath: item.url.path)
    }

    /// A file of the site with status 200; `nil` when it cannot be read.
    private func file(_ path: String, for request: HTTPRequest) async -> HTTPResponse? {
        guard let data = contents(of: path) else { return nil }
        guard MediaType.isHTML(path) else { return respond(.ok, data, type: MediaType.of(path), for: request) }
        let page = HTMLInsertion.beforeBodyEnd(await liveReload.snippet(), in: String(decoding: data, as: UTF8.self))
        return respond(.ok, Data(page.utf8), type: MediaType.of(path), for: request)
    }

    /// The site's 404 page with status 404, its links made to work from any depth by a `<base>`;
    /// before the first good build, a page that says so (with the errors over it), status 503.
    private func notFound(_ request: HTTPRequest) async -> HTTPResponse {
        let snippet = await liveReload.snippet()
        guard let data = contents(of: "404.html") else {
            let page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Nothing to show yet</title></head>
                <body><h1>Nothing to show yet</h1><p>The handbook has not been built without errors yet. \
                This page reloads when it is.</p>\(snippet)</body></html>
                """
            return respond(.serviceUnavailable, Data(page.utf8), type: MediaType.of("404.html"), for: request)
        }
        let page = HTMLInsertion.afterHeadStart(#"<base href="/">"#, in: String(decoding: data, as: UTF8.self))
        return respond(.notFound, Data(HTMLInsertion.beforeBodyEnd(snippet, in: page).utf8), type: MediaType.of("404.html"), for: request)
    }

    private func plain(_ status: HTTPStatusCode, _ text: String, for request: HTTPRequest) -> HTTPResponse {
        respond(status, Data(text.utf8), type: MediaType.of("a.txt"), for: request)
    }

    /// A response that is never cached (the site changes under it), with no body for HEAD.
    private func respond(_ status: HTTPStatusCode, _ body: Data, type: String, for request: HTTPRequest) -> HTTPResponse {
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store", HTTPHeader("X-Content-Type-Options"): "nosniff"]
        guard request.method == .HEAD else { return HTTPResponse(statusCode: status, headers: headers, body: body) }
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers)
    }
}
