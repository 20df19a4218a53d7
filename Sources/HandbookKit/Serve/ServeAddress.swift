import FlyingSocks
import Foundation

/// Where `serve` listens: a host (an IP address, or `localhost`) and a port (`0` for any free one).
public struct ServeAddress: Sendable, Hashable {
    public var host: String
    public var port: UInt16

    public init(host: String = "127.0.0.1", port: UInt16 = 8000) {
        self.host = host
        self.port = port
    }

    /// `localhost` is read as 127.0.0.1; IPv6 addresses may be written in brackets.
    var ip: String {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return bare.lowercased() == "localhost" ? "127.0.0.1" : bare
    }

    var isIPv6: Bool { ip.contains(":") }

    /// Whether only this machine can connect: 127.0.0.0/8 or ::1.
    public var isLoopback: Bool {
        isIPv6 ? ip == "::1" : ip.hasPrefix("127.")
    }

    /// The socket address to bind; a failure when the host is not an IP address.
    func socketAddress() throws(ServeFailure) -> any SocketAddress {
        do {
            return isIPv6 ? try sockaddr_in6.inet6(ip6: ip, port: port) : try sockaddr_in.inet(ip4: ip, port: port)
        } catch {
            throw ServeFailure(
                "'\(host)' is not an IP address to listen on",
                hint: "use 127.0.0.1 (this machine only, the default), ::1, or 0.0.0.0 to be reachable from the network")
        }
    }

    /// The address to open in a browser once the server listens on `port`, e.g. `http://127.0.0.1:8000/`.
    func url(port: UInt16) -> String {
        let shown = ip == "0.0.0.0" ? "127.0.0.1" : ip == "::" ? "[::1]" : isIPv6 ? "[\(ip)]" : ip
        return "http://\(shown):\(port)/"
    }
}
