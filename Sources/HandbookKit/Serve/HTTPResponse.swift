import Foundation

/// What `serve` sends back: a status, header fields, and the whole body, sent with its length.
struct HTTPResponse: Sendable {
    var status: HTTPStatus
    /// Header fields besides `Content-Length` and `Connection`, which are added when it is sent.
    var fields: [(name: String, value: String)]
    var body: Data

    init(_ status: HTTPStatus, fields: [(name: String, value: String)] = [], body: Data = Data()) {
        self.status = status
        self.fields = fields
        self.body = body
    }

    /// The status line and the header fields, ending with the empty line. `Content-Length` is
    /// the body's also for HEAD, whose response leaves the body out (RFC 9110 §9.3.2).
    func head(closing: Bool) -> Data {
        var lines = ["HTTP/1.1 \(status.rawValue) \(status.reason)"]
        lines += fields.map { "\($0.name): \($0.value)" }
        lines.append("Content-Length: \(body.count)")
        if closing { lines.append("Connection: close") }
        return Data((lines.joined(separator: "\r\n") + "\r\n\r\n").utf8)
    }
}
