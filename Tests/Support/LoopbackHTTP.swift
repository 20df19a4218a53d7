import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 client for tests: one request, sent exactly as written (no cleaning of
/// `..` as URL types do), to a port on 127.0.0.1 only, with a time limit on every step.
public enum LoopbackHTTP {
    public struct Response: Sendable {
        public var status: Int
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Sends `method path` with the `fields` (lines such as `Accept: */*`) to 127.0.0.1:`port` and
    /// reads the whole response, within `timeout` seconds.
    public static func request(_ path: String, port: UInt16, method: String = "GET", fields: [String] = [], timeout: Double = 5) async throws -> Response {
        try await blocking { try send(path, port: port, method: method, fields: fields, timeout: timeout) }
    }

    /// Connects, waits `delay` seconds, sends `bytes` as they are (maybe none) and reads until
    /// the server closes the connection or `timeout` seconds pass: what came, and whether the
    /// server closed it.
    public static func exchange(_ bytes: String, port: UInt16, after delay: Double = 0, timeout: Double) async throws -> (received: String, closedByServer: Bool) {
        try await blocking {
            let socket = try connect(port: port, timeout: timeout)
            defer { close(socket) }
            Thread.sleep(forTimeInterval: delay)
            try write(Array(bytes.utf8), to: socket)
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count == 0 { return (String(decoding: received, as: UTF8.self), true) }
                if count < 0 { break }
                received += buffer[0..<count]
            }
            return (String(decoding: received, as: UTF8.self), false)
        }
    }

    /// Asks every 50 ms, for at most `seconds`, until `condition` holds; the last response and
    /// when it came. The loop runs on a thread of its own, so that its timing does not depend
    /// on how busy the tasks' threads are.
    public static func poll(
        _ path: String, port: UInt16, within seconds: Double, until condition: @escaping @Sendable (Response) -> Bool
    ) async throws -> (response: Response, at: Date) {
        try await blocking {
            let deadline = Date().addingTimeInterval(seconds)
            var response = try send(path, port: port, method: "GET", timeout: seconds)
            while !condition(response), Date() < deadline {
                Thread.sleep(forTimeInterval: 0.05)
                response = try send(path, port: port, method: "GET", timeout: seconds)
            }
            return (response, Date())
        }
    }

    /// Runs blocking socket calls on a thread of their own. Not on a dispatch queue: on Linux the
    /// tasks' threads are those of Dispatch's global queues, two on two cores, and waiting there
    /// can starve a server under test in the same process until the wait times out.
    private static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    /// The port of an address such as `http://127.0.0.1:8123/`.
    public static func port(of url: String) -> UInt16? {
        url.split(separator: ":").last.flatMap { UInt16($0.prefix { $0.isNumber }) }
    }

    /// A socket connected to 127.0.0.1:`port`, whose every read and write waits at most
    /// `timeout` seconds; the caller closes it.
    public static func connect(port: UInt16, timeout: Double) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(String(cString: strerror(errno)))") }
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr = in_addr(s_addr: inet_addr("127.0.0.1"))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            close(socket)
            throw Failure(description: "connect to 127.0.0.1:\(port): \(reason)")
        }
        return socket
    }

    private static func write(_ bytes: [UInt8], to socket: Int32) throws {
        guard Glibc.send(socket, bytes, bytes.count, Int32(MSG_NOSIGNAL)) == bytes.count else {
            throw Failure(description: "send: \(String(cString: strerror(errno)))")
        }
    }

    private static func send(_ path: String, port: UInt16, method: String, fields: [String] = [], timeout: Double) throws -> Response {
        let socket = try connect(port: port, timeout: timeout)
        defer { close(socket) }
        let head = ["\(method) \(path) HTTP/1.1", "Host: 127.0.0.1:\(port)", "Connection: close"] + fields
        try write(Array((head.joined(separator: "\r\n") + "\r\n\r\n").utf8), to: socket)
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received += buffer[0..<count]
            if let response = parse(received, method: method) { return response }
        }
        guard let response = parse(received, method: method, complete: true) else {
            throw Failure(description: "no complete response to \(method) \(path) within \(timeout) s")
        }
        return response
    }

    /// The response, once its head and (by Content-Length) its body have arrived.
    private static func parse(_ bytes: [UInt8], method: String, complete: Bool = false) -> Response? {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else { return nil }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = head.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[(end + separator.count)...])
        let length = method == "HEAD" ? 0 : headers["content-length"].flatMap { Int($0) }
        guard complete || length.map({ body.count >= $0 }) == true else { return nil }
        return Response(status: status, headers: headers, body: String(decoding: body.prefix(length ?? body.count), as: UTF8.self))
    }
}
