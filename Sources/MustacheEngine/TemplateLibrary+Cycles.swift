/// Partials that include each other outside any section: rendering one never ends.
extension TemplateLibrary {
    /// One error per cycle of unconditional calls, at the tag that closes it. A call is
    /// unconditional when it is at the top of its template, outside sections and blocks.
    static func cycles(sources: [TemplateSource], parsed: [[TemplateNode]?]) -> [TemplateError] {
        let index = Dictionary(uniqueKeysWithValues: sources.enumerated().map { ($1.name, $0) })
        let edges: [[(target: Int, call: TemplateNode.Call)]] = parsed.map { nodes in
            (nodes ?? []).compactMap { node in
                guard case .call(let call) = node, !call.isDynamic, let target = index[call.name], parsed[target] != nil else { return nil }
                return (target, call)
            }
        }
        enum Mark { case unvisited, onPath, done }
        var marks = Array(repeating: Mark.unvisited, count: sources.count)
        var errors: [TemplateError] = []
        for root in sources.indices where marks[root] == .unvisited {
            // Depth-first, with the path kept explicitly: (template, next edge to follow).
            var path = [(template: root, edge: 0)]
            marks[root] = .onPath
            while let (template, edge) = path.last {
                guard edge < edges[template].count else {
                    marks[template] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].edge += 1
                let (target, call) = edges[template][edge]
                switch marks[target] {
                case .unvisited:
                    marks[target] = .onPath
                    path.append((target, 0))
                case .onPath:
                    let loop = path.drop { $0.template != target }.map { sources[$0.template].name } + [sources[target].name]
                    errors.append(TemplateError(
                        kind: .partialCycle,
                        message: loop.count == 2
                            ? "'\(loop[0])' includes itself outside any section, so rendering it never ends"
                            : "'\(loop.joined(separator: "' includes '"))' outside any section, so rendering them never ends",
                        file: sources[template].file, line: call.line, column: call.column))
                case .done:
                    break
                }
            }
        }
        return errors
    }
}
