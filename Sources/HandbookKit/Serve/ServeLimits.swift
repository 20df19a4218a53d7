/// How long `serve` waits for a client and how much of a request it reads before it gives up on
/// it, so that slow, idle or oversized requests cannot hold the server.
public struct ServeLimits: Sendable {
    /// How long a connection may stay open without a request under way, and how long sending a
    /// response may stall (the client not reading); then it is closed.
    public var idleTimeout: Duration
    /// How long a request's head (its request line and header fields) may take to arrive once
    /// its first byte has; then the connection is closed.
    public var headTimeout: Duration
    /// The longest request line read: longer ones get 414.
    public var requestLineBytes: Int
    /// The most bytes of header fields read, line ends included: more get 431.
    public var headerBytes: Int

    public init(idleTimeout: Duration = .seconds(15), headTimeout: Duration = .seconds(5), requestLineBytes: Int = 8 * 1024, headerBytes: Int = 16 * 1024) {
        self.idleTimeout = idleTimeout
        self.headTimeout = headTimeout
        self.requestLineBytes = requestLineBytes
        self.headerBytes = headerBytes
    }
}
