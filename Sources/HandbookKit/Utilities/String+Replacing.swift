extension String {
    /// Every occurrence of `target` replaced by `replacement`, compared byte by byte in UTF-8.
    ///
    /// Foundation's `replacingOccurrences(of:with:)` goes through NSString and Unicode-aware
    /// comparison; on a page's worth of HTML this is many times faster, and it finds the same
    /// occurrences for the ASCII markers the tool replaces.
    func replacingBytes(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        var text = self
        return text.withUTF8 { haystack -> String in
            var output: [UInt8] = []
            var copied = 0
            while let found = haystack.firstIndex(of: needle, from: copied) {
                if output.isEmpty { output.reserveCapacity(haystack.count + 64) }
                output.append(contentsOf: haystack[copied..<found])
                output.append(contentsOf: replacement.utf8)
                copied = found + needle.count
            }
            guard copied > 0 else { return self }
            output.append(contentsOf: haystack[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The text before and after the first occurrence of `separator`, compared byte by byte
    /// (Foundation's `range(of:)` converts to UTF-16 first: seconds on a large page).
    func split(atFirst separator: String) -> (before: String, after: String)? {
        let needle = Array(separator.utf8)
        var text = self
        return text.withUTF8 { haystack -> (String, String)? in
            guard let start = haystack.firstIndex(of: needle, from: 0) else { return nil }
            return (String(decoding: haystack[..<start], as: UTF8.self), String(decoding: haystack[(start + needle.count)...], as: UTF8.self))
        }
    }

    /// Every `marker` and the text after it, up to the first byte for which `isEnd` holds,
    /// replaced by `replacement(text after the marker)`; where that gives `nil`, both are kept.
    /// One pass over the bytes: link tokens and root markers in a page's worth of HTML.
    func replacingMarked(_ marker: String, until isEnd: (UInt8) -> Bool, with replacement: (String) -> String?) -> String {
        let marker = Array(marker.utf8)
        var text = self
        return text.withUTF8 { bytes -> String in
            var output: [UInt8] = []
            var search = 0, copied = 0
            while let found = bytes.firstIndex(of: marker, from: search) {
                let start = found + marker.count
                let end = bytes[start...].firstIndex(where: isEnd) ?? bytes.endIndex
                guard let replaced = replacement(String(decoding: bytes[start..<end], as: UTF8.self)) else {
                    search = found + 1
                    continue
                }
                if output.isEmpty { output.reserveCapacity(bytes.count + 256) }
                output.append(contentsOf: bytes[copied..<found])
                output.append(contentsOf: replaced.utf8)
                copied = end
                search = end
            }
            guard copied > 0 else { return self }
            output.append(contentsOf: bytes[copied...])
            return String(decoding: output, as: UTF8.self)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `needle` first starts at or after `start`; `nil` when it does not, or is empty.
    func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, count >= needle.count else { return nil }
        var index = start
        while index <= count - needle.count {
            if self[index] == first, self[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
