extension String {
    /// Every occurrence of `target` replaced by `replacement`, compared byte by byte in UTF-8.
    ///
    /// Foundation's `replacingOccurrences(of:with:)` goes through NSString and Unicode-aware
    /// comparison; on a page's worth of HTML this is many times faster, and it finds the same
    /// occurrences for the ASCII markers the tool replaces.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        var text = self
        text.makeContiguousUTF8()
        let needle = Array(target.utf8)
        guard let first = needle.first else { return self }
        return text.utf8.withContiguousStorageIfAvailable { haystack -> String in
            var output: [UInt8] = []
            var index = 0, copied = 0
            let last = haystack.count - needle.count
            while index <= last {
                if haystack[index] == first && needle.indices.allSatisfy({ haystack[index + $0] == needle[$0] }) {
                    if output.isEmpty { output.reserveCapacity(haystack.count + 64) }
                    output.append(contentsOf: haystack[copied..<index])
                    output.append(contentsOf: replacement.utf8)
                    index += needle.count
                    copied = index
                } else {
                    index += 1
                }
            }
            guard copied > 0 else { return text }
            output.append(contentsOf: haystack[copied...])
            return String(decoding: output, as: UTF8.self)
        } ?? text
    }
}

extension String {
    /// The text before and after the first occurrence of `separator`, compared byte by byte
    /// (Foundation's `range(of:)` converts to UTF-16 first: seconds on a large page).
    func split(atFirst separator: String) -> (before: String, after: String)? {
        var text = self
        return text.withUTF8 { haystack -> (String, String)? in
            let needle = Array(separator.utf8)
            guard let first = needle.first, haystack.count >= needle.count else { return nil }
            var start = 0
            while start <= haystack.count - needle.count {
                if haystack[start] == first, haystack[start..<(start + needle.count)].elementsEqual(needle) { break }
                start += 1
            }
            guard start <= haystack.count - needle.count else { return nil }
            return (String(decoding: haystack[..<start], as: UTF8.self), String(decoding: haystack[(start + needle.count)...], as: UTF8.self))
        }
    }
}

extension String {
    /// Every `marker` and the text after it, up to the first byte for which `isEnd` holds,
    /// replaced by `replacement(text after the marker)`; where that gives `nil`, both are kept.
    /// One pass over the bytes: link tokens and root markers in a page's worth of HTML.
    func replacingMarked(_ marker: String, until isEnd: (UInt8) -> Bool, with replacement: (String) -> String?) -> String {
        let marker = Array(marker.utf8)
        var text = self
        return text.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            var index = 0, copied = 0
            while index <= bytes.count - marker.count {
                guard bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                    index += 1
                    continue
                }
                let start = index + marker.count
                let end = bytes[start...].firstIndex(where: isEnd) ?? bytes.endIndex
                guard let replaced = replacement(String(decoding: bytes[start..<end], as: UTF8.self)) else {
                    index += 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                output.append(contentsOf: bytes[copied..<index])
                output.append(contentsOf: replaced.utf8)
                index = end
                copied = end
            }
            guard copied > 0 else { return self }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}
