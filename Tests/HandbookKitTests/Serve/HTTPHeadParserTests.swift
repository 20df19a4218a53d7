import Testing
@testable import HandbookKit

/// Reading request heads as `serve` does: any split of the bytes, within the limits.
@Suite("HTTP request heads")
struct HTTPHeadParserTests {
    func parser(lineLimit: Int = 8 * 1024, headerLimit: Int = 16 * 1024) -> HTTPHeadParser {
        HTTPHeadParser(requestLineLimit: lineLimit, headerLimit: headerLimit)
    }

    /// What a parser makes of `text`, fed all at once.
    func outcome(_ text: String, lineLimit: Int = 8 * 1024, headerLimit: Int = 16 * 1024) -> HTTPHeadParser.Outcome? {
        var parser = parser(lineLimit: lineLimit, headerLimit: headerLimit)
        parser.append(Array(text.utf8))
        return parser.next()
    }

    @Test func readsAHeadFedByteByByteAndKeepsTheNextRequest() throws {
        var parser = parser()
        var outcomes: [HTTPHeadParser.Outcome] = []
        for byte in "GET /teams/?x=1 HTTP/1.1\r\nHost: a\r\nConnection:  Keep-Alive \r\n\r\nHEAD / HTTP/1.0\n\n".utf8 {
            parser.append([byte])
            if let outcome = parser.next() { outcomes.append(outcome) }
        }
        #expect(outcomes.count == 2)
        guard case .head(let first) = outcomes.first, case .head(let second) = outcomes.last else {
            Issue.record("not two heads: \(outcomes)")
            return
        }
        #expect(first.method == "GET" && first.path == "/teams/" && first.query == "x=1" && first.minorVersion == 1)
        #expect(first.fields == [.init(name: "Host", value: "a"), .init(name: "Connection", value: "Keep-Alive")])
        #expect(first.keepsAlive && !first.hasBody)
        #expect(second.method == "HEAD" && second.target == "/" && !second.keepsAlive, "HTTP/1.0 and a bare LF")
        #expect(!parser.hasPartialHead)
    }

    @Test func aLongRequestLineIs414AsSoonAsItIsTooLong() {
        let line = "GET /" + String(repeating: "a", count: 100_000)
        #expect(outcome(line) == .refused(.uriTooLong), "before its end has come")
        #expect(outcome(line + " HTTP/1.1\r\n\r\n") == .refused(.uriTooLong))
        let fits = "GET /" + String(repeating: "a", count: 8 * 1024 - 14) + " HTTP/1.1"
        #expect(fits.utf8.count == 8 * 1024)
        guard case .head = outcome(fits + "\r\n\r\n") else {
            Issue.record("a request line of exactly the limit is refused")
            return
        }
    }

    @Test func largeHeaderFieldsAre431() {
        let big = "X-Big: " + String(repeating: "a", count: 100_000)
        #expect(outcome("GET / HTTP/1.1\r\n" + big) == .refused(.headerFieldsTooLarge), "before its end has come")
        let many = String(repeating: "X-Field: " + String(repeating: "b", count: 90) + "\r\n", count: 200)
        #expect(outcome("GET / HTTP/1.1\r\n" + many + "\r\n") == .refused(.headerFieldsTooLarge), "many fields count together")
        #expect(outcome("GET / HTTP/1.1\r\n" + many + "\r\n", headerLimit: 30_000) != .refused(.headerFieldsTooLarge))
    }

    @Test func whatIsNotHTTP1SyntaxIs400() {
        for text in [
            "GET\r\n\r\n", "GET  / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1 extra\r\n\r\n", "GET / http/1.1\r\n\r\n",
            "G(T / HTTP/1.1\r\n\r\n", "GET /a\u{7F}b HTTP/1.1\r\n\r\n", "GET /é HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : a\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n",
            "GET / HTTP/1.1\r\nNo colon\r\n\r\n", "GET / HTTP/1.1\r\nX: a\u{0}b\r\n\r\n", "\r\n\r\n\r\nGET / HTTP/1.1\r\n\r\n",
        ] {
            #expect(outcome(text) == .refused(.badRequest), "\(text.debugDescription)")
        }
        #expect(outcome("GET / HTTP/2.0\r\n\r\n") == .refused(.httpVersionNotSupported))
    }

    @Test func aRequestWithABodyIsMarkedSo() throws {
        for field in ["Content-Length: 5", "Transfer-Encoding: chunked", "content-length: 0\r\nContent-Length: 7"] {
            guard case .head(let head) = outcome("POST / HTTP/1.1\r\n\(field)\r\n\r\n") else {
                Issue.record("\(field) not read")
                continue
            }
            #expect(head.hasBody, "\(field)")
        }
        guard case .head(let head) = outcome("GET / HTTP/1.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n") else {
            Issue.record("not read")
            return
        }
        #expect(!head.hasBody && !head.keepsAlive)
    }
}
