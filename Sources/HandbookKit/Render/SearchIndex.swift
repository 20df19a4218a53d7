import Foundation

/// The search index, in small scripts so that a search loads only what it needs, from file://
/// too (scripts, not fetched JSON). At 10,000 notes the whole index is megabytes; a first
/// query loads the table below, the postings of its words and the few documents it shows.
///
/// - `search-index.js`: `window.handbookSearch`, the table of contents: how many documents,
///   how many per shard, and the first word of every postings and words shard, in order.
/// - `search/t<n>.js`: postings: words in order (`t`) and, for each, the documents it is in
///   (`p`): base-36 numbers joined by commas, each `delta × 4 + field`, where `delta` is the
///   distance from the previous document's number and `field` where the word stands at its
///   best: 3 title, 2 heading, 1 text.
/// - `search/w<n>.js`: the words of four or more letters, in order, for typo tolerance: a query
///   word found nowhere is compared with the words that start with its first two letters.
/// - `search/d<n>.js`: documents `n × perShard …`: `[kind, title, url, text]`, where `text` is
///   the start of the page's prose, for snippets.
///
/// Every shard assigns itself to `window.handbookShards[name]`, so shards load in any order.
/// Words sort by UTF-16 code units, as JavaScript compares strings.
enum SearchIndex {
    /// A postings or words shard is cut after it passes this many bytes (one word's postings
    /// may pass it alone).
    static let shardBytes = 24_000
    /// Documents per document shard: a result list of ten loads at most ten of them.
    static let documentsPerShard = 8
    /// The characters of prose kept per page for snippets.
    static let snippetLimit = 1_000

    /// Where a word stands in a document, the higher the better.
    enum Field: UInt32 {
        case text = 1, heading = 2, title = 3
    }

    /// One page as search sees it.
    struct Document: Sendable {
        let kind: String
        let title: String
        let url: String
        /// The texts whose words find it, by field.
        let fields: [(Field, String)]
        /// The start of its prose, for snippets.
        let snippet: String
    }

    /// Every file of the index, by path in the site.
    static func files(_ handbook: Handbook) -> [(path: String, data: Data)] {
        files(documents(handbook))
    }

    /// Teams first, then notes in the order the model holds them, then activities: where scores
    /// tie, a team comes before the notes that mention it.
    static func documents(_ handbook: Handbook) -> [Document] {
        var documents: [Document] = handbook.teams.map { team in
            let parts = [team.summary ?? ""] + team.responsibilities
                + [team.description.map { prose(ofHTML: $0.rawHTML, limit: snippetLimit) } ?? ""]
            return Document(
                kind: "team", title: team.name, url: team.route.path,
                fields: [(.title, team.name + " " + team.short + " " + team.id),
                         (.text, [team.summary ?? "", team.responsibilities.joined(separator: " "), team.description?.plainText ?? ""].joined(separator: " "))],
                snippet: clip(sentences(parts), to: snippetLimit))
        }
        documents += handbook.notes.parallelMap { note in
            Document(
                kind: "note", title: note.title, url: note.route.path,
                fields: [(.title, note.title), (.heading, note.body.headings.map(\.text).joined(separator: " ")),
                         (.text, (note.summary ?? "") + " " + note.body.plainText)],
                snippet: clip(sentences([note.summary ?? "", prose(ofHTML: note.body.rawHTML, limit: snippetLimit)]), to: snippetLimit))
        }
        for area in handbook.areas {
            documents += area.activities.map { activity in
                Document(
                    kind: "activity", title: activity.name, url: activity.target.address(fromRoot: ""),
                    fields: [(.title, activity.name), (.heading, area.name), (.text, activity.note?.plainText ?? "")],
                    snippet: activity.note.map { prose(ofHTML: $0.rawHTML, limit: snippetLimit) } ?? "")
            }
        }
        return documents
    }

    static func files(_ documents: [Document]) -> [(path: String, data: Data)] {
        let postings = postings(documents)
        var files: [(path: String, data: Data)] = []

        // Postings shards.
        var postingsStarts: [String] = []
        var words: [String] = [], lists: [String] = [], bytes = 0
        func flushPostings() {
            guard !words.isEmpty else { return }
            let name = "search/t\(postingsStarts.count)"
            postingsStarts.append(words[0])
            files.append((name + ".js", ScriptData.shard(name, ["t": words, "p": lists])))
            words.removeAll()
            lists.removeAll()
            bytes = 0
        }
        for (word, list) in postings {
            let encoded = encode(list)
            if bytes > 0 && bytes + word.utf8.count + encoded.utf8.count > shardBytes { flushPostings() }
            words.append(word)
            lists.append(encoded)
            bytes += word.utf8.count + encoded.utf8.count + 6
        }
        flushPostings()

        // Words shards, for typo tolerance.
        var wordStarts: [String] = []
        var shard: [String] = []
        bytes = 0
        func flushWords() {
            guard !shard.isEmpty else { return }
            let name = "search/w\(wordStarts.count)"
            wordStarts.append(shard[0])
            files.append((name + ".js", ScriptData.shard(name, shard)))
            shard.removeAll()
            bytes = 0
        }
        for (word, _) in postings where word.count >= 4 && !word.contains(where: \.isNumber) {
            if bytes > 0 && bytes + word.utf8.count > shardBytes { flushWords() }
            shard.append(word)
            bytes += word.utf8.count + 3
        }
        flushWords()

        // Document shards.
        for start in stride(from: 0, to: documents.count, by: documentsPerShard) {
            let name = "search/d\(start / documentsPerShard)"
            let rows = documents[start..<min(documents.count, start + documentsPerShard)].map { [$0.kind, $0.title, $0.url, $0.snippet] }
            files.append((name + ".js", ScriptData.shard(name, rows)))
        }

        let table = Table(version: 2, documents: documents.count, perShard: documentsPerShard, postings: postingsStarts, words: wordStarts)
        files.insert(("search-index.js", ScriptData.assign(table, to: "handbookSearch")), at: 0)
        return files
    }

    /// What `search-index.js` holds.
    struct Table: Codable {
        let version: Int
        let documents: Int
        let perShard: Int
        let postings: [String]
        let words: [String]
    }

    /// Every word with the documents it is in, each as `document << 2 | field`, documents in
    /// order; words in UTF-16 order. The words of each document are found on all cores.
    static func postings(_ documents: [Document]) -> [(String, [UInt32])] {
        let perDocument: [[String: Field]] = documents.parallelMap { document in
            var best: [String: Field] = [:]
            for (field, text) in document.fields {
                SearchTerms.forEach(in: text) { word in
                    if let known = best[word], known.rawValue >= field.rawValue { return }
                    best[word] = field
                }
            }
            return best
        }
        var postings: [String: [UInt32]] = [:]
        for (number, words) in perDocument.enumerated() {
            for (word, field) in words {
                postings[word, default: []].append(UInt32(number) << 2 | field.rawValue)
            }
        }
        return postings.map { ($0.key, $0.value) }.sorted { $0.0.utf16.lexicographicallyPrecedes($1.0.utf16) }
    }

    /// `delta × 4 + field` in base 36, joined by commas.
    static func encode(_ list: [UInt32]) -> String {
        var text = ""
        text.reserveCapacity(list.count * 4)
        var previous: UInt32 = 0
        for (index, entry) in list.enumerated() {
            let document = entry >> 2
            if index > 0 { text.append(",") }
            text += String((document - previous) << 2 | entry & 3, radix: 36)
            previous = document
        }
        return text
    }

    /// The parts that are not empty, joined as sentences: a full stop ends each that has none.
    static func sentences(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.map { part in
            part.last.map { ".!?:;".contains($0) } == true ? part : part + "."
        }.joined(separator: " ")
    }

    /// `text` cut to `limit` characters.
    static func clip(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit))
    }
}
