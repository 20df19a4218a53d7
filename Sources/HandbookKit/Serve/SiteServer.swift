import FlyingSocks
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Why our own HTTP/1.1 server on FlyingSocks (issue 12). FlyingFox's HTTPServer ended for good on
// the first failed accept (EMFILE), rescanned its buffer per byte of a request line or header
// (30 KB: 44 s in a debug build) and never timed a connection out. Clean debug builds of a probe
// on each, measured on this 2-core machine under load (CPU seconds, wall seconds, packages,
// binary): FlyingSocks alone 14.6 s, 22 s, 1, 1.9 MB; FlyingFox 23.6 s, 34 s, 1, 4.7 MB; SwiftNIO
// (NIOPosix + NIOHTTP1, which bound headers and back off accepts) 85 s, 75 s, 4, 28 MB; Hummingbird
// 220 s, 765 s, 24, 60 MB. What we own instead: a bounded head parser, a connection loop with
// deadlines, and this accept loop: about 450 lines of code (600 with comments). No library spares us
// the connection limit below: libdispatch itself crashes the process when descriptors run out.

/// The HTTP server of `serve`: one address, one site, started and stopped once.
///
/// It reads GET and HEAD requests and answers them from ``SiteRequestHandler``, on keep-alive
/// connections. It keeps fewer connections open than it has file descriptors left: more wait to
/// be accepted until one closes. (Running out is not an option: libdispatch ends the process when
/// it cannot open a file of /proc.) A failed accept for want of descriptors or memory all the
/// same is retried after a pause that doubles up to a second; any other end of the listening
/// socket is told through `onStop`.
actor SiteServer {
    /// The descriptors kept free for builds and the runtime, besides those the connections may use.
    static let reservedDescriptors = 16
    /// The most connections open at once when descriptors are plenty.
    static let maxConnections = 1024

    private let address: ServeAddress
    private let handler: SiteRequestHandler
    private let limits: ServeLimits
    private let onStop: @Sendable (ServeFailure) -> Void
    private let pool: any AsyncSocketPool = SocketPool<Poll>.make(maxEvents: 64)
    private var listener: AsyncSocket?
    private var polling: Task<Void, any Error>?
    private var accepting: Task<Void, Never>?
    private var connections: [Int: Task<Void, Never>] = [:]
    private var connectionsOpened = 0
    private var connectionLimit = 1
    /// Resumed when a connection closes, while accepting waits for one to.
    private var waitingForRoom: CheckedContinuation<Void, Never>?
    private var stopping = false

    /// `onStop` is called if the server stops on its own: then nothing is served any more.
    init(site: LiveSite, address: ServeAddress, liveReload: LiveReload, limits: ServeLimits, onStop: @escaping @Sendable (ServeFailure) -> Void) {
        self.address = address
        self.limits = limits
        self.onStop = onStop
        handler = SiteRequestHandler(site: site, liveReload: liveReload)
    }

    /// Starts listening and returns the address to open, with the port actually bound.
    func start() async throws(ServeFailure) -> String {
        let socketAddress = try address.socketAddress()
        let port: UInt16
        do {
            let socket = try Socket(domain: Int32(type(of: socketAddress).family))
            do {
                try socket.setValue(true, for: .localAddressReuse)
                try socket.bind(to: socketAddress)
                try socket.listen()
                switch try socket.sockname() {
                case .ip4(_, let bound), .ip6(_, let bound): port = bound
                case .unix: port = address.port
                }
                try await pool.prepare()
                listener = try AsyncSocket(socket: socket, pool: pool)
                connectionLimit = Self.connectionLimit()
            } catch {
                try? socket.close()
                throw error
            }
        } catch {
            throw explain(error)
        }
        let pool = self.pool
        polling = Task { try await pool.run() }
        accepting = Task { await acceptConnections() }
        return address.url(port: port)
    }

    /// Stops accepting connections, ends the open ones (a request under way is cut short) and
    /// waits until all is closed.
    func stop() async {
        stopping = true
        waitingForRoom?.resume()
        waitingForRoom = nil
        accepting?.cancel()
        await accepting?.value
        try? listener?.close()
        listener = nil
        for connection in connections.values { connection.cancel() }
        for connection in connections.values { await connection.value }
        polling?.cancel()
        _ = await polling?.result
    }

    /// Accepts connections until the server stops, or until the listening socket fails for
    /// good: then says why through `onStop`.
    private func acceptConnections() async {
        guard let listener else { return }
        var pause = Duration.zero
        while !stopping {
            if connections.count >= connectionLimit {
                await withCheckedContinuation { waitingForRoom = $0 }
                continue
            }
            do {
                open(try await listener.accept())
                pause = .zero
            } catch {
                guard !stopping else { return }
                switch AcceptFailure(error) {
                case .transient:
                    continue
                case .exhausted:
                    // As Go's net/http does: 5 ms, doubling up to 1 s.
                    pause = min(max(pause * 2, .milliseconds(5)), .seconds(1))
                    try? await Task.sleep(for: pause)
                case .fatal(let reason):
                    onStop(ServeFailure("the server stopped accepting connections: \(reason)", hint: "start serve again"))
                    return
                }
            }
        }
    }

    private func open(_ socket: AsyncSocket) {
        connectionsOpened += 1
        let id = connectionsOpened
        let connection = SiteConnection(socket: socket, limits: limits, handler: handler)
        connections[id] = Task {
            await connection.run()
            self.closed(id)
        }
    }

    private func closed(_ id: Int) {
        connections[id] = nil
        waitingForRoom?.resume()
        waitingForRoom = nil
    }

    /// How many connections may be open at once: the descriptors this process may still open,
    /// less the reserve.
    private static func connectionLimit() -> Int {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0 else { return maxConnections }
        let allowed = Int(clamping: limit.rlim_cur)
        // Descriptors are reused lowest first, so none is sure to be below a given number: count
        // those open (up to a bound that makes the count quick, past which there is room anyway).
        let counted = min(allowed, 1 << 16)
        let open = (0..<Int32(counted)).count { fcntl($0, F_GETFD) != -1 }
        return min(max(allowed - open - reservedDescriptors, 1), maxConnections)
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
