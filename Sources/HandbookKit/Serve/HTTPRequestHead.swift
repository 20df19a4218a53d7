import Foundation

/// The request line and header fields of an HTTP/1.x request: all that `serve` reads of one.
struct HTTPRequestHead: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// The method as sent: methods are case-sensitive, `get` is not `GET`.
    var method: String
    /// The request target as sent, still percent-encoded, e.g. `/teams?x=1`.
    var target: String
    /// The `x` of `HTTP/1.x`.
    var minorVersion: Int
    var fields: [Field]

    /// The path of the target, without its query.
    var path: Substring { target.prefix { $0 != "?" } }

    /// The query of the target, without its `?`; empty when there is none.
    var query: Substring { target.firstIndex(of: "?").map { target[target.index(after: $0)...] } ?? "" }

    /// The value of the first field named `name` (names are case-insensitive).
    func field(_ name: String) -> String? {
        fields.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    /// Whether the connection may carry another request after this one: HTTP/1.1 unless the
    /// client asked to close it. HTTP/1.0 connections are closed (RFC 9112 §9.3).
    var keepsAlive: Bool {
        guard minorVersion >= 1 else { return false }
        let tokens = fields.filter { $0.name.caseInsensitiveCompare("Connection") == .orderedSame }
            .flatMap { $0.value.split(separator: ",") }
        return !tokens.contains { $0.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare("close") == .orderedSame }
    }

    /// Whether a body follows the head. `serve` never reads one: it answers, then closes the
    /// connection, so that a body is never taken for the next request.
    var hasBody: Bool {
        fields.contains {
            $0.name.caseInsensitiveCompare("Transfer-Encoding") == .orderedSame
                || $0.name.caseInsensitiveCompare("Content-Length") == .orderedSame && $0.value != "0"
        }
    }
}
