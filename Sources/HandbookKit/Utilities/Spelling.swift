/// Suggestions for misspelt names, by edit distance.
enum Spelling {
    /// The candidate closest to `word`, if it is close enough to be a likely typo (at most one
    /// edit per three letters); of equally close ones, the first in sorted order.
    ///
    /// A tree with thousands of broken links asks this thousands of times, so a candidate whose
    /// length alone rules it out costs nothing, and the distance stops as soon as it passes the
    /// best found so far.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var target: [UInt32] = [], other: [UInt32] = []
        lowercasedScalars(of: word, into: &target)
        var best: (distance: Int, candidate: String)?
        var rows = Rows()
        for candidate in candidates {
            let bound = best?.distance ?? max(1, target.count / 3)
            lowercasedScalars(of: candidate, into: &other)
            guard abs(other.count - target.count) <= bound,
                  let distance = distance(target, other, atMost: bound, rows: &rows) else { continue }
            if best.map({ (distance, candidate) < ($0.distance, $0.candidate) }) ?? true { best = (distance, candidate) }
        }
        return best?.candidate
    }

    /// Edit distance counting an insertion, a deletion, a substitution or a swap of two
    /// neighbouring letters as one edit (optimal string alignment), so `titel` is one from `title`.
    static func distance(_ a: String, _ b: String) -> Int {
        var rows = Rows()
        return distance(a.unicodeScalars.map(\.value), b.unicodeScalars.map(\.value), atMost: .max, rows: &rows)!
    }

    /// The text's Unicode scalars in lower case, into a buffer that is reused, without making a
    /// lower-cased copy of the text: most scalars (ASCII digits, CJK) have no lower case to look up.
    private static func lowercasedScalars(of text: String, into scalars: inout [UInt32]) {
        scalars.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                scalars.append(("A"..."Z").contains(scalar) ? scalar.value | 0x20 : scalar.value)
            } else if scalar.properties.changesWhenLowercased {
                scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars.map(\.value))
            } else {
                scalars.append(scalar.value)
            }
        }
    }

    /// Three rows of the distance table, reused from one candidate to the next.
    private struct Rows {
        var beforeLast: [Int] = [], last: [Int] = [], current: [Int] = []
    }

    /// The distance, or `nil` once it is certain to be more than `bound`.
    private static func distance(_ a: [UInt32], _ b: [UInt32], atMost bound: Int, rows: inout Rows) -> Int? {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= bound ? max(a.count, b.count) : nil }
        let width = b.count + 1
        if rows.last.count < width {
            rows = Rows(beforeLast: [Int](repeating: 0, count: width), last: [Int](repeating: 0, count: width), current: [Int](repeating: 0, count: width))
        }
        for j in 0..<width { rows.last[j] = j }
        var lastSmallest = 0
        for i in 1...a.count {
            rows.current[0] = i
            var smallest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(rows.last[j] + 1, rows.current[j - 1] + 1, rows.last[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, rows.beforeLast[j - 2] + 1)
                }
                rows.current[j] = value
                smallest = min(smallest, value)
            }
            // Every later row is at least the smaller of this row's smallest and the last one's.
            if smallest > bound && lastSmallest > bound { return nil }
            lastSmallest = smallest
            swap(&rows.beforeLast, &rows.last)
            swap(&rows.last, &rows.current)
        }
        return rows.last[b.count] <= bound ? rows.last[b.count] : nil
    }
}
