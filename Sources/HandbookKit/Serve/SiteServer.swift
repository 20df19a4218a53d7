import FlyingFox
import FlyingSocks
import Foundation

/// The HTTP server of `serve` (FlyingFox): one address, one site folder, started and stopped once.
actor SiteServer {
    private let server: HTTPServer
    private let address: ServeAddress
    private var running: Task<Void, Never>?
    private var failure: (any Error)?

    init(folder: URL, address: ServeAddress, liveReload: LiveReload) throws(ServeFailure) {
        self.address = address
        let handler = SiteRequestHandler(folder: folder, liveReload: liveReload)
        server = HTTPServer(address: try address.socketAddress(), logger: .disabled, handler: handler)
    }

    /// Starts listening and returns the address to open, with the port actually bound.
    func start() async throws(ServeFailure) -> String {
        let server = self.server
        running = Task { [weak self] in
            do {
                try await server.run()
            } catch {
                await self?.recordFailure(error)
            }
        }
        // FlyingFox reports a failed bind only through run(): wait for either, at most 5 s.
        for _ in 0..<500 {
            if let failure { throw explain(failure) }
            if await server.isListening, let bound = await server.listeningAddress {
                switch bound {
                case .ip4(_, let port), .ip6(_, let port): return address.url(port: port)
                case .unix: return address.url(port: address.port)
                }
            }
            try? await Task.sleep(for: .milliseconds(10))
        }
        running?.cancel()
        throw ServeFailure("the server did not start listening on \(address.host):\(address.port) within 5 s")
    }

    /// Stops accepting connections and gives requests under way a tenth of a second to finish
    /// (FlyingFox waits that long in any case before it ends its connections).
    func stop() async {
        await server.stop(timeout: 0.1)
        await running?.value
        running = nil
    }

    private func recordFailure(_ error: any Error) {
        failure = error
    }

    private func explain(_ error: any Error) -> ServeFailure {
        let place = "\(address.host):\(address.port)"
        guard case .failed(_, let code, let message) = error as? SocketError else {
            return ServeFailure("cannot listen on \(place): \(error.localizedDescription)")
        }
        switch code {
        case EADDRINUSE:
            return ServeFailure("port \(address.port) is already in use", hint: "stop the other server, or pass another port: --port 8001 (--port 0 picks a free one)")
        case EACCES:
            return ServeFailure("not allowed to listen on port \(address.port)", hint: "ports below 1024 need root; use a higher one, e.g. --port 8000")
        case EADDRNOTAVAIL:
            return ServeFailure("\(address.host) is not an address of this machine", hint: "use 127.0.0.1 (the default) or 0.0.0.0")
        default:
            return ServeFailure("cannot listen on \(place): \(message)")
        }
    }
}
