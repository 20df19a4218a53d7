import Foundation

/// `search-index.js`: what the theme's search looks through — every note, team and activity with
/// its title, headings and text. A script, not JSON, so that it loads from file:// too.
enum SearchIndex {
    /// The text kept per page: enough to find a page by its words, without copying the whole site.
    static let textLimit = 2_000

    struct Entry: Encodable {
        /// Kind (`note`, `team`, `activity`), title, site-relative URL, headings, text.
        let k: String
        let t: String
        let u: String
        let h: String
        let x: String
    }

    static func make(_ handbook: Handbook) -> Data {
        var entries: [Entry] = []
        for note in handbook.notes {
            let headings = note.body.headings.map(\.text).joined(separator: " · ")
            entries.append(Entry(k: "note", t: note.title, u: note.route.path, h: headings, x: clip([note.summary ?? "", note.body.plainText])))
        }
        for team in handbook.teams {
            let text = [team.short, team.summary ?? ""] + team.responsibilities + [team.description?.plainText ?? ""]
            entries.append(Entry(k: "team", t: team.name, u: team.route.path, h: "", x: clip(text)))
        }
        for area in handbook.areas {
            for activity in area.activities {
                entries.append(Entry(k: "activity", t: activity.name, u: activity.target.address(fromRoot: ""), h: area.name, x: clip([activity.note?.plainText ?? ""])))
            }
        }
        return ScriptData.assign(entries, to: "handbookSearch")
    }

    /// The parts joined, runs of white space made one space, cut to ``textLimit`` characters.
    /// Works on bytes: this runs over the text of every page.
    static func clip(_ parts: [String]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(textLimit + 16)
        var characters = 0, pendingSpace = false
        outer: for part in parts where !part.isEmpty {
            pendingSpace = !bytes.isEmpty
            for byte in part.utf8 {
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                    pendingSpace = !bytes.isEmpty
                    continue
                }
                let startsCharacter = byte & 0xC0 != 0x80
                if startsCharacter && characters + (pendingSpace ? 1 : 0) >= textLimit { break outer }
                if pendingSpace {
                    bytes.append(0x20)
                    characters += 1
                    pendingSpace = false
                }
                if startsCharacter { characters += 1 }
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
