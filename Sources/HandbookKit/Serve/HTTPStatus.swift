/// The statuses `serve` answers with.
enum HTTPStatus: Int, Sendable {
    case ok = 200
    case movedPermanently = 301
    case badRequest = 400
    case notFound = 404
    case methodNotAllowed = 405
    case uriTooLong = 414
    case headerFieldsTooLarge = 431
    case serviceUnavailable = 503
    case httpVersionNotSupported = 505

    /// The reason phrase of the status line, as RFC 9110 names the status.
    var reason: String {
        switch self {
        case .ok: "OK"
        case .movedPermanently: "Moved Permanently"
        case .badRequest: "Bad Request"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .uriTooLong: "URI Too Long"
        case .headerFieldsTooLarge: "Request Header Fields Too Large"
        case .serviceUnavailable: "Service Unavailable"
        case .httpVersionNotSupported: "HTTP Version Not Supported"
        }
    }
}
