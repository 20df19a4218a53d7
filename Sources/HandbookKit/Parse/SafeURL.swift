/// The one place that decides which addresses the site may link to: http, https and mailto, and
/// addresses without a scheme (relative paths, `#anchors`, `//host/…`). Anything else
/// (`javascript:`, `data:`, `vbscript:`, `file:` …) could run code or open something other than
/// a page when a reader follows it, so it is shown as text instead (GitHub keeps the same three).
///
/// The scheme is read the way a browser reads it (the WHATWG URL standard), so that spelling
/// tricks cannot hide one: leading and trailing spaces and control characters are dropped, tabs
/// and line breaks anywhere are ignored, and case does not matter (`" JaVa\tScRiPt:"` is
/// `javascript:`).
enum SafeURL {
    /// The schemes a link may have.
    static let schemes: Set<String> = ["http", "https", "mailto"]

    /// The schemes, listed for messages.
    static let schemeList = "http, https or mailto"

    /// The handbook's own schemes in Markdown (`team:platform`, `activity:upgrades`): links to its
    /// pages, which the link resolver rewrites or reports as broken.
    static let handbookSchemes: Set<String> = ["team", "activity"]

    /// The scheme of `url` when pages may not link to it, `nil` when they may: it has no scheme,
    /// or one of ``schemes`` (or, in Markdown, of ``handbookSchemes``).
    static func unsafeScheme(of url: String, inMarkdown: Bool = false) -> String? {
        guard let scheme = scheme(of: url), !schemes.contains(scheme), !(inMarkdown && handbookSchemes.contains(scheme)) else { return nil }
        return scheme
    }

    /// The scheme a browser would find in `url`, in lower case; `nil` when it has none (a relative
    /// address). A browser finds one when, after the dropped characters, a letter is followed by
    /// letters, digits, `+`, `-` or `.` up to a `:`.
    static func scheme(of url: String) -> String? {
        var scheme: [UInt8] = []
        var started = false
        for byte in url.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            if !started {
                if byte <= 0x20 { continue }
                started = true
            }
            let lower = byte | 0x20
            switch byte {
            case UInt8(ascii: ":"):
                return scheme.isEmpty ? nil : String(decoding: scheme, as: UTF8.self)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                scheme.append(lower)
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
                if scheme.isEmpty { return nil }
                scheme.append(byte)
            default:
                return nil
            }
        }
        return nil
    }
}

extension SafeURL {
    /// The warning for an address not linked because of its scheme: `subject` names where it was
    /// written (`this link`, `the 'chat' contact`), `outcome` says what readers get instead.
    static func warning(_ subject: String, scheme: String, outcome: String, at location: SourceLocation) -> Diagnostic {
        .warning(
            "link-unsafe", at: location, "\(subject) uses the scheme '\(scheme):', which pages do not link to: \(outcome)",
            hint: "link only to \(schemeList) addresses, or to files of the handbook")
    }
}
