/// One tag of a Mustache template and where it starts: enough to see which partials and
/// variables a template uses without rendering it.
struct MustacheTag: Equatable {
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`.
        case variable
        /// `{{#name}}` and `{{^name}}`.
        case section
        /// `{{>name}}`.
        case partial
        /// `{{<name}}`: a parent template, with blocks to fill.
        case parent
        /// Closing tags, comments, blocks, set-delimiter and configuration tags.
        case other
    }

    var kind: Kind
    /// The tag's content without its sigil, trimmed: `site.title`, `first()`, `layout`.
    var name: String
    /// Where the tag's opening delimiter is, 1-based.
    var line: Int
    var column: Int

    /// The tags of a template, in order. Set-delimiter tags (`{{=<% %>=}}`) are followed;
    /// an unclosed tag ends the scan (the template's parser reports it).
    static func scan(_ template: String) -> [MustacheTag] {
        let text = Array(template)
        var open = Array("{{"), close = Array("}}")
        var tags: [MustacheTag] = []
        var index = 0, line = 1, column = 1
        func matches(_ delimiter: [Character], at position: Int) -> Bool {
            guard position + delimiter.count <= text.count else { return false }
            return delimiter.indices.allSatisfy { text[position + $0] == delimiter[$0] }
        }
        func advance(to position: Int) {
            while index < position {
                if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
                index += 1
            }
        }
        while index < text.count {
            guard matches(open, at: index) else {
                advance(to: index + 1)
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            let start = index + open.count
            let triple = open == Array("{{") && start < text.count && text[start] == "{"
            let end = triple ? close + ["}"] : close
            var stop = triple ? start + 1 : start
            while stop < text.count, !matches(end, at: stop) { stop += 1 }
            guard stop < text.count else { break }
            let content = String(text[(triple ? start + 1 : start)..<stop]).trimmingWhitespace()
            advance(to: stop + end.count)
            if triple {
                tags.append(MustacheTag(kind: .variable, name: content, line: tagLine, column: tagColumn))
                continue
            }
            let sigil = content.first
            let rest = String(content.dropFirst()).trimmingWhitespace()
            switch sigil {
            case "#", "^": tags.append(MustacheTag(kind: .section, name: rest, line: tagLine, column: tagColumn))
            case ">": tags.append(MustacheTag(kind: .partial, name: rest, line: tagLine, column: tagColumn))
            case "<": tags.append(MustacheTag(kind: .parent, name: rest, line: tagLine, column: tagColumn))
            case "&": tags.append(MustacheTag(kind: .variable, name: rest, line: tagLine, column: tagColumn))
            case "=":
                let delimiters = rest.dropLast().split(whereSeparator: \.isWhitespace)
                if rest.hasSuffix("="), delimiters.count == 2 {
                    open = Array(delimiters[0])
                    close = Array(delimiters[1])
                }
                tags.append(MustacheTag(kind: .other, name: content, line: tagLine, column: tagColumn))
            case "/", "!", "$", "%":
                tags.append(MustacheTag(kind: .other, name: rest, line: tagLine, column: tagColumn))
            default:
                tags.append(MustacheTag(kind: .variable, name: content, line: tagLine, column: tagColumn))
            }
        }
        return tags
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
