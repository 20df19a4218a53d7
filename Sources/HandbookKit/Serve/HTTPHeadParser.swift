/// Reads the heads of HTTP/1.x requests from the bytes of a connection as they arrive.
///
/// Each byte is looked at once, however the bytes are split up, and a head is refused as soon
/// as it is over the limits: a request line over `requestLineLimit` bytes gets 414, header
/// fields over `headerLimit` bytes in all (line ends included) get 431, anything that is not
/// HTTP/1.x syntax gets 400 (505 for another version). Bytes after a head (a pipelined request)
/// stay for the next call. Bodies are not read: `serve` closes a connection whose request has one.
struct HTTPHeadParser {
    enum Outcome: Equatable {
        case head(HTTPRequestHead)
        /// The head cannot be served: answer with this status and close the connection.
        case refused(HTTPStatus)
    }

    private let requestLineLimit: Int
    private let headerLimit: Int
    private var buffer: [UInt8] = []
    /// Where the line being read starts, and how far the buffer has been searched for line ends.
    private var lineStart = 0
    private var scanned = 0
    private var requestLine: Range<Int>?
    private var fieldLines: [Range<Int>] = []
    private var fieldBytes = 0
    private var emptyLinesBefore = 0

    init(requestLineLimit: Int, headerLimit: Int) {
        self.requestLineLimit = requestLineLimit
        self.headerLimit = headerLimit
    }

    /// Whether part of a request has arrived (blank lines before it aside).
    var hasPartialHead: Bool { buffer.count > lineStart || requestLine != nil }

    mutating func append(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next head once all of it has arrived, taken from the buffer; `nil` while more bytes
    /// are needed.
    mutating func next() -> Outcome? {
        while let newline = buffer[scanned...].firstIndex(of: ASCII.lf) {
            scanned = newline + 1
            // RFC 9112 §2.2: a bare LF may end a line too.
            let end = newline > lineStart && buffer[newline - 1] == ASCII.cr ? newline - 1 : newline
            let line = lineStart..<end
            lineStart = scanned
            if requestLine == nil {
                if line.isEmpty {
                    // RFC 9112 §2.2: ignore an empty line or two before the request line.
                    emptyLinesBefore += 1
                    if emptyLinesBefore > 2 { return .refused(.badRequest) }
                    continue
                }
                guard line.count <= requestLineLimit else { return .refused(.uriTooLong) }
                requestLine = line
            } else if line.isEmpty {
                return finish()
            } else {
                fieldBytes += scanned - line.lowerBound
                guard fieldBytes <= headerLimit else { return .refused(.headerFieldsTooLarge) }
                fieldLines.append(line)
            }
        }
        scanned = buffer.count
        let pending = buffer.count - lineStart
        if requestLine == nil, pending > requestLineLimit + 1 { return .refused(.uriTooLong) }
        if requestLine != nil, fieldBytes + pending > headerLimit + 1 { return .refused(.headerFieldsTooLarge) }
        return nil
    }

    /// Reads the head whose lines were found, and drops its bytes from the buffer.
    private mutating func finish() -> Outcome {
        let outcome = requestLine.map { parse(requestLine: buffer[$0], fields: fieldLines.map { buffer[$0] }) } ?? .refused(.badRequest)
        buffer.removeSubrange(..<scanned)
        (lineStart, scanned, requestLine, fieldLines, fieldBytes, emptyLinesBefore) = (0, 0, nil, [], 0, 0)
        return outcome
    }

    /// `method SP target SP HTTP/1.x`, then `name: value` lines (RFC 9112 §3 and §5).
    private func parse(requestLine: ArraySlice<UInt8>, fields lines: [ArraySlice<UInt8>]) -> Outcome {
        let parts = requestLine.split(separator: ASCII.space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(ASCII.isTokenCharacter),
              !parts[1].isEmpty, parts[1].allSatisfy(ASCII.isVisible)
        else { return .refused(.badRequest) }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == ASCII.dot,
              let major = ASCII.digit(version[5]), let minor = ASCII.digit(version[7])
        else { return .refused(.badRequest) }
        guard major == 1 else { return .refused(.httpVersionNotSupported) }
        var fields: [HTTPRequestHead.Field] = []
        for line in lines {
            // A name right at the start (no obsolete line folding), no space before the colon.
            guard let colon = line.firstIndex(of: ASCII.colon), colon > line.startIndex,
                  line[..<colon].allSatisfy(ASCII.isTokenCharacter)
            else { return .refused(.badRequest) }
            var value = line[(colon + 1)...]
            while let first = value.first, ASCII.isBlank(first) { value.removeFirst() }
            while let last = value.last, ASCII.isBlank(last) { value.removeLast() }
            guard value.allSatisfy({ ASCII.isBlank($0) || !ASCII.isControl($0) }) else { return .refused(.badRequest) }
            fields.append(HTTPRequestHead.Field(name: String(decoding: line[..<colon], as: UTF8.self), value: String(decoding: value, as: UTF8.self)))
        }
        return .head(HTTPRequestHead(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: parts[1], as: UTF8.self),
            minorVersion: minor, fields: fields))
    }
}

/// The bytes and classes of bytes of HTTP/1.x syntax (RFC 9110 §5.6.2).
private enum ASCII {
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let colon: UInt8 = 0x3A
    static let dot: UInt8 = 0x2E

    static func isBlank(_ byte: UInt8) -> Bool { byte == space || byte == 0x09 }
    static func isControl(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x7F }
    /// What a request target may hold: visible US-ASCII, no space.
    static func isVisible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    static func digit(_ byte: UInt8) -> Int? {
        (0x30...0x39).contains(byte) ? Int(byte - 0x30) : nil
    }

    /// `tchar`: the characters of a method or a field name.
    static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        default: tokenSymbols.contains(byte)
        }
    }

    private static let tokenSymbols = Array("!#$%&'*+-.^_`|~".utf8)
}
