import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One client of `serve`: reads the requests of a connection one after the other within the
/// limits, answers each, and closes the connection when the client goes, asks for it, sends
/// what cannot be read, or takes too long.
struct SiteConnection {
    let socket: AsyncSocket
    let limits: ServeLimits
    let handler: SiteRequestHandler

    /// What is read from the socket at once.
    private static let readSize = 4096
    /// What is written at once: the idle timeout applies to each piece, so a slow client can
    /// take its time over a large file, but not stall.
    private static let writeSize = 64 * 1024
    /// The most bytes read and dropped after a refused request before closing (see `linger`).
    private static let lingerBytes = 1 << 20

    /// Serves the connection until it ends, then closes it.
    func run() async {
        let deadline = ConnectionDeadline(file: socket.socket.file.rawValue, after: limits.idleTimeout)
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await deadline.watch() }
            await serve(deadline)
            group.cancelAll()
        }
        try? socket.close()
    }

    private func serve(_ deadline: ConnectionDeadline) async {
        var parser = HTTPHeadParser(requestLineLimit: limits.requestLineBytes, headerLimit: limits.headerBytes)
        do {
            while true {
                switch try await nextHead(from: &parser, deadline) {
                case .head(let head):
                    let response = await handler.response(to: head)
                    // A body is never read: closing is what keeps it from being taken for a request.
                    let closing = !head.keepsAlive || head.hasBody
                    try await send(response, withBody: head.method != "HEAD", closing: closing, deadline)
                    if head.hasBody { await linger(deadline) }
                    if closing { return }
                case .refused(let status):
                    try await send(handler.refusal(status), withBody: true, closing: true, deadline)
                    await linger(deadline)
                    return
                }
            }
        } catch {
            // The client went, a deadline passed, or the server is stopping.
        }
    }

    /// Reads until the parser has the next request's head: within the idle timeout for its
    /// first byte, then within the head timeout for the rest.
    private func nextHead(from parser: inout HTTPHeadParser, _ deadline: ConnectionDeadline) async throws -> HTTPHeadParser.Outcome {
        deadline.set(after: limits.idleTimeout)
        var started = false
        while true {
            if let outcome = parser.next() { return outcome }
            if !started, parser.hasPartialHead {
                started = true
                deadline.set(after: limits.headTimeout)
            }
            parser.append(try await socket.read(atMost: Self.readSize))
        }
    }

    private func send(_ response: HTTPResponse, withBody: Bool, closing: Bool, _ deadline: ConnectionDeadline) async throws {
        var data = response.head(closing: closing)
        if withBody { data.append(response.body) }
        var sent = data.startIndex
        while sent < data.endIndex {
            deadline.set(after: limits.idleTimeout)
            let end = min(sent + Self.writeSize, data.endIndex)
            try await socket.write(data[sent..<end])
            sent = end
        }
    }

    /// After the last response to a request whose bytes were not all read: sends nothing more,
    /// and reads and drops what the client still sends (for a moment, at most 1 MiB), so that
    /// closing with unread bytes does not reset the connection before the client has read the
    /// response (RFC 9112 §9.6).
    private func linger(_ deadline: ConnectionDeadline) async {
        shutdown(socket.socket.file.rawValue, Int32(SHUT_WR))
        deadline.set(after: limits.headTimeout)
        var dropped = 0
        while dropped < Self.lingerBytes, let bytes = try? await socket.read(atMost: Self.readSize) {
            dropped += bytes.count
        }
    }
}
