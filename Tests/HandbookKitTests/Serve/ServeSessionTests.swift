import Foundation
import HandbookTestSupport
import Testing
@testable import HandbookKit

/// `serve` for real: a server on a free port of 127.0.0.1, a temporary handbook, raw HTTP requests.
@Suite("Serve")
struct ServeSessionTests {
    /// A running session and the port it listens on.
    struct Serving {
        let session: ServeSession
        let port: UInt16

        func get(_ path: String, method: String = "GET") async throws -> LoopbackHTTP.Response {
            try await LoopbackHTTP.request(path, port: port, method: method)
        }

        /// Asks again every 50 ms, at most `seconds`, until `condition` holds; the last response.
        func get(_ path: String, within seconds: Double, until condition: @escaping @Sendable (LoopbackHTTP.Response) -> Bool) async throws -> LoopbackHTTP.Response {
            try await LoopbackHTTP.poll(path, port: port, within: seconds, until: condition).response
        }
    }

    func serving(_ folder: TemporaryFolder, output: URL? = nil, limits: ServeLimits = ServeLimits(), _ body: (Serving) async throws -> Void) async throws {
        let configuration = ServeSession.Configuration(
            source: folder.appending("content"), output: output, address: ServeAddress(host: "127.0.0.1", port: 0), limits: limits)
        let session = ServeSession(configuration) { _ in }
        let url = try await session.start()
        let port = try #require(LoopbackHTTP.port(of: url))
        #expect(url == "http://127.0.0.1:\(port)/")
        do {
            try await body(Serving(session: session, port: port))
        } catch {
            await session.stop()
            throw error
        }
        await session.stop()
    }

    @Test func servesPagesFoldersAndAssetsWithTheirTypes() async throws {
        try await serving(minimalHandbook()) { server in
            let home = try await server.get("/")
            #expect(home.status == 200)
            #expect(home.headers["content-type"] == "text/html; charset=utf-8")
            #expect(home.headers["cache-control"] == "no-store")
            #expect(home.body.contains("Test Handbook"))
            #expect(home.body.contains(LiveReload.endpoint), "served pages get the live-reload script")

            let folder = try await server.get("/teams?x=1")
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/teams/?x=1")
            #expect(try await server.get("/teams/").body.contains("Platform Team"))

            #expect(try await server.get("/assets/handbook.css").headers["content-type"] == "text/css; charset=utf-8")
            #expect(try await server.get("/search-index.js").headers["content-type"] == "text/javascript; charset=utf-8")
            #expect(try await server.get("/notes/guide.html").status == 200)

            let head = try await server.get("/raci.html", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty && Int(head.headers["content-length"] ?? "") ?? 0 > 0)
            #expect(try await server.get("/raci.html", method: "POST").status == 405)
        }
    }

    @Test func missesGetTheSitesNotFoundPageWithStatus404() async throws {
        try await serving(minimalHandbook()) { server in
            for path in ["/nowhere.html", "/notes/deep/missing/", "/.handbook-site", "/index.html/"] {
                let response = try await server.get(path)
                #expect(response.status == 404, "\(path)")
                #expect(response.body.contains(#"<base href="/">"#), "its relative links work from any depth")
                #expect(response.body.contains("Page not found"))
            }
        }
    }

    @Test func pathsThatLeaveTheSiteAreRefused() async throws {
        let folder = minimalHandbook()
        try await serving(folder) { server in
            for path in [
                "/../content/handbook.yml", "/%2e%2e/content/handbook.yml", "/..%2fcontent%2fhandbook.yml",
                "/notes/../../content/handbook.yml", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/../../../../etc/passwd",
                "/index.html%00.css", "/..\\content\\handbook.yml", "/handbook.yml", "/notes/guide.md",
            ] {
                let response = try await server.get(path)
                #expect([400, 404].contains(response.status), "\(path) got \(response.status)")
                #expect(!response.body.contains("title: Test Handbook") && !response.body.contains("root:x:0"), "\(path)")
            }
        }
    }

    /// How fast is measured with the binary (ServeCommandTests), away from the other tests' load.
    @Test func aNoteEditShowsUpAndOnlyItsPagesSeeANewBuild() async throws {
        let folder = minimalHandbook()
        try await serving(folder) { server in
            let guide = LiveReload.endpoint + "?page=notes/guide.html", raci = LiveReload.endpoint + "?page=raci.html"
            let (guideBefore, raciBefore) = (try await server.get(guide).body, try await server.get(raci).body)
            folder.write(["content/notes/guide.md": "---\ntitle: Guide\n---\nFreshly edited text.\n"])
            let page = try await server.get("/notes/guide.html", within: 10) { $0.body.contains("Freshly edited text.") }
            #expect(page.body.contains("Freshly edited text."))
            let after = try await server.get(guide, within: 10) { $0.body != guideBefore }
            #expect(after.body.hasPrefix("handbook-") && after.body != guideBefore, "the edited page sees a new id and reloads")
            #expect(try await server.get(raci).body == raciBefore, "a page the edit did not change does not reload")
        }
    }

    @Test func aBadEditShowsItsErrorsOverTheLastGoodPage() async throws {
        let folder = minimalHandbook()
        try await serving(folder) { server in
            let good = try await server.get("/teams/platform.html")
            #expect(!good.body.contains("handbook-serve-errors"))
            folder.write(["content/raci.yml": "- area: Ops\n  activities:\n    - name: X\n      R: [\"<img src=x>\"]\n      A: platform\n"])
            let broken = try await server.get("/teams/platform.html", within: 10) { $0.body.contains("handbook-serve-errors") }
            #expect(broken.status == 200)
            #expect(broken.body.contains("no team has the id &#39;&lt;img src=x&gt;&#39;"), "the error is shown, escaped")
            #expect(!broken.body.contains("<img src=x>"))
            #expect(broken.body.contains("Upgrade clusters"), "the last good page is still served")

            folder.write(["content/raci.yml": "- area: Ops\n  activities:\n    - name: Fixed activity\n      R: [platform]\n      A: platform\n"])
            let fixed = try await server.get("/teams/platform.html", within: 10) { !$0.body.contains("handbook-serve-errors") }
            #expect(fixed.body.contains("Fixed activity"))
        }
    }

    @Test func aSourceThatNeverBuiltShowsItsErrorsUntilItDoes() async throws {
        let folder = minimalHandbook(["content/raci.yml": "- area: Ops\n  activities:\n    - name: X\n      R: [nobody]\n      A: platform\n"])
        try await serving(folder) { server in
            let waiting = try await server.get("/")
            #expect(waiting.status == 503)
            #expect(waiting.body.contains("Nothing to show yet") && waiting.body.contains("no team has the id &#39;nobody&#39;"))
            #expect(!waiting.body.contains("last good"), "there is no good version yet")
            folder.write(["content/raci.yml": "- area: Ops\n  activities:\n    - name: X\n      R: [platform]\n      A: platform\n"])
            // The files are written a moment before the errors are forgotten: wait for both.
            let built = try await server.get("/", within: 10) { $0.status == 200 && !$0.body.contains("handbook-serve-errors") }
            #expect(built.status == 200 && !built.body.contains("handbook-serve-errors"))
        }
    }

    @Test func theServedFilesAreThoseBuildWrites() async throws {
        let folder = minimalHandbook()
        try await serving(folder) { server in
            let built = folder.appending("built")
            #expect(!Build(source: folder.appending("content"), output: built).run().diagnostics.hasErrors)
            for file in try #require(FileManager.default.subpaths(atPath: built.path)).sorted() where !file.hasPrefix(".") {
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: built.appendingPathComponent(file).path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
                let expected = try #require(FileManager.default.contents(atPath: built.appendingPathComponent(file).path))
                let served = try await server.get("/" + file)
                #expect(served.status == 200, "\(file)")
                // A page served gets the live-reload script before </body>; the rest is the same.
                let body = file.hasSuffix(".html") ? served.body.replacingOccurrences(of: #"<script>\n\(function \(\) \{[\s\S]*?</script>\n"#, with: "", options: .regularExpression) : served.body
                #expect(body == String(decoding: expected, as: UTF8.self), "\(file)")
            }
        }
    }

    @Test func aGivenOutputFolderIsKeptUpToDate() async throws {
        let folder = minimalHandbook()
        try await serving(folder, output: folder.appending("site")) { server in
            #expect(folder.read("site/index.html") != nil)
            folder.write(["content/notes/guide.md": "---\ntitle: Guide\n---\nWritten to the folder too.\n"])
            _ = try await server.get("/notes/guide.html", within: 10) { $0.body.contains("Written to the folder too.") }
            for _ in 0..<100 where folder.read("site/notes/guide.html")?.contains("Written to the folder too.") != true {
                try await Task.sleep(for: .milliseconds(50))
            }
            #expect(folder.read("site/notes/guide.html")?.contains("Written to the folder too.") == true)
        }
    }

    @Test func refusesWhatCannotBeServed() async throws {
        let empty = TemporaryFolder().write(["content/notes.txt": "no handbook here"])
        await #expect(throws: ServeFailure.self) {
            _ = try await ServeSession(.init(source: empty.appending("content"), address: ServeAddress(port: 0))) { _ in }.start()
        }
        let folder = minimalHandbook().write(["mine/keep.txt": "not a site"])
        do {
            _ = try await ServeSession(.init(source: folder.appending("content"), output: folder.appending("mine"), address: ServeAddress(port: 0))) { _ in }.start()
            Issue.record("a folder handbook did not make was accepted as output")
        } catch {
            #expect(error.message.contains("not empty"))
        }
        #expect(folder.read("mine/keep.txt") == "not a site")
    }

    @Test func aPortInUseIsAClearError() async throws {
        try await serving(minimalHandbook()) { server in
            let other = minimalHandbook()
            let second = ServeSession(.init(source: other.appending("content"), address: ServeAddress(port: server.port))) { _ in }
            do {
                _ = try await second.start()
                await second.stop()
                Issue.record("two servers listened on one port")
            } catch {
                #expect((error as? ServeFailure)?.message == "port \(server.port) is already in use")
            }
        }
    }

    @Test func aRequestLineOf100KBGets414() async throws {
        try await serving(minimalHandbook()) { server in
            let response = try await server.get("/" + String(repeating: "a", count: 100_000))
            #expect(response.status == 414)
            #expect(response.headers["connection"] == "close")
        }
    }

    @Test func headerFieldsOf100KBGet431() async throws {
        try await serving(minimalHandbook()) { server in
            let response = try await LoopbackHTTP.request("/", port: server.port, fields: ["X-Big: " + String(repeating: "a", count: 100_000)])
            #expect(response.status == 431)
        }
    }

    @Test func anIdleConnectionIsClosed() async throws {
        try await serving(minimalHandbook(), limits: ServeLimits(idleTimeout: .milliseconds(300))) { server in
            let (received, closed) = try await LoopbackHTTP.exchange("", port: server.port, timeout: 5)
            #expect(closed, "the connection is still open")
            #expect(received.isEmpty)
        }
    }

    @Test func aRequestHeadThatStopsHalfWayIsClosed() async throws {
        try await serving(minimalHandbook(), limits: ServeLimits(headTimeout: .milliseconds(300))) { server in
            // Sent once the connection has waited a moment, so that the deadline moves from the idle one to a nearer one.
            let (_, closed) = try await LoopbackHTTP.exchange("GET / HTTP/1.1\r\nHost: 127.0", port: server.port, after: 0.3, timeout: 5)
            #expect(closed, "the connection is still open")
        }
    }

    @Test func aConnectionServesRequestsOneAfterTheOther() async throws {
        try await serving(minimalHandbook()) { server in
            let twice = "GET /__handbook/build HTTP/1.1\r\nHost: a\r\n\r\nHEAD / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n"
            let (received, closed) = try await LoopbackHTTP.exchange(twice, port: server.port, timeout: 5)
            #expect(received.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(received.components(separatedBy: "HTTP/1.1 200 OK\r\n").count == 3, "two responses: \(received)")
            #expect(closed, "closed after the request that asked for it")
        }
    }
}
