/// Compiles parsed templates into one ``Program``: text into byte runs, names into symbols,
/// sections into jumps, partials and parents into calls of templates found by index.
struct ProgramCompiler {
    private(set) var program = Program()
    /// Block names → symbols of their own, local to the library.
    private var blockSymbols: [String: Int32] = [:]
    /// Bodies of blocks that parents fill, compiled after the template that holds them.
    private var pending: [(override: Int, nodes: [TemplateNode])] = []
    private var template: Int32 = 0

    /// `names[i]` is template `i`; only those marked `compiled` can be called.
    init(names: [String], files: [String], compiled: [Bool]) {
        program.templateNames = names
        program.files = files
        program.entries = Array(repeating: -1, count: names.count)
        for (index, name) in names.enumerated() where compiled[index] {
            program.templateIndex[name] = Int32(index)
        }
    }

    mutating func compile(_ nodes: [TemplateNode], template: Int) {
        self.template = Int32(template)
        program.entries[template] = Int32(program.operations.count)
        emit(nodes)
        program.operations.append(.end)
        while let (override, nodes) = pending.popLast() {
            program.overrides[override].start = Int32(program.operations.count)
            emit(nodes)
            program.operations.append(.end)
        }
    }

    /// Appends the operations of `nodes`; recurses once per level of nesting, which the parser bounds.
    private mutating func emit(_ nodes: [TemplateNode]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                let start = Int32(program.bytes.count)
                program.bytes += bytes
                let end = Int32(program.bytes.count)
                if case .text(let previousStart, start) = program.operations.last {
                    program.operations[program.operations.count - 1] = .text(start: previousStart, end: end)
                } else {
                    program.operations.append(.text(start: start, end: end))
                }

            case .variable(let name, let escaped):
                let name = compile(name)
                program.operations.append(escaped ? .variable(name: name) : .rawVariable(name: name))

            case .section(let name, let inverted, let body):
                let name = compile(name)
                let start = program.operations.count
                program.operations.append(.endSection)
                emit(body)
                let end = Int32(program.operations.count)
                program.operations.append(.endSection)
                program.operations[start] = inverted ? .invertedSection(name: name, end: end) : .section(name: name, end: end)

            case .call(let call):
                emit(call)

            case .block(let block):
                let index = Int32(program.blocks.count)
                let (indentationStart, indentationEnd) = bytes(block.indentation)
                let (intrinsicStart, intrinsicEnd) = bytes(block.intrinsicIndentation)
                program.blocks.append(Program.Block(
                    symbol: blockSymbol(block.name), indentationStart: indentationStart, indentationEnd: indentationEnd,
                    intrinsicStart: intrinsicStart, intrinsicEnd: intrinsicEnd, site: site(line: block.line, column: block.column)))
                let start = program.operations.count
                program.operations.append(.end)
                emit(block.body)
                let end = Int32(program.operations.count)
                program.operations.append(.end)
                program.operations[start] = .block(index, end: end)
            }
        }
    }

    /// A partial or parent: a call of the template it names. A template that is not in the
    /// library renders as nothing, so it compiles to nothing.
    private mutating func emit(_ call: TemplateNode.Call) {
        var target: Int32 = -1
        var dynamicName: Int32 = -1
        if call.isDynamic {
            dynamicName = compile(TemplateNode.Name(path: call.name, transforms: [], line: call.line, column: call.column))
        } else if let index = program.templateIndex[call.name] {
            target = index
        } else {
            return
        }
        var overrides: [(name: String, body: [TemplateNode])] = []
        for override in call.overrides {
            if let index = overrides.firstIndex(where: { $0.name == override.name }) {
                overrides[index] = override
            } else {
                overrides.append(override)
            }
        }
        let overrideStart = Int32(program.overrides.count)
        for override in overrides {
            pending.append((program.overrides.count, override.body))
            program.overrides.append(Program.Override(symbol: blockSymbol(override.name), start: -1))
        }
        let (indentationStart, indentationEnd) = bytes(call.indentation)
        program.operations.append(.call(Int32(program.calls.count)))
        program.calls.append(Program.Call(
            template: target, dynamicName: dynamicName, indentationStart: indentationStart, indentationEnd: indentationEnd,
            overrideStart: overrideStart, overrideEnd: Int32(program.overrides.count), site: site(line: call.line, column: call.column)))
    }

    private mutating func compile(_ name: TemplateNode.Name) -> Int32 {
        let lookup: Program.Lookup
        var parts: [Substring] = []
        if !name.transforms.isEmpty, name.path.isEmpty {
            lookup = .position
        } else {
            parts = name.path.split(separator: ".")
            lookup = parts.isEmpty ? .top : name.path.hasPrefix(".") ? .topOnly : .stack
        }
        let partStart = Int32(program.parts.count)
        program.parts += parts.map { Int32(SymbolTable.symbol(for: String($0))) }
        let transformStart = Int32(program.transforms.count)
        program.transforms += name.transforms.reversed().map(Transform.init)
        program.names.append(Program.Name(
            lookup: lookup, partStart: partStart, partEnd: Int32(program.parts.count),
            transformStart: transformStart, transformEnd: Int32(program.transforms.count),
            site: site(line: name.line, column: name.column)))
        return Int32(program.names.count - 1)
    }

    private mutating func blockSymbol(_ name: String) -> Int32 {
        if let symbol = blockSymbols[name] { return symbol }
        let symbol = Int32(blockSymbols.count)
        blockSymbols[name] = symbol
        return symbol
    }

    private mutating func bytes(_ bytes: [UInt8]) -> (Int32, Int32) {
        let start = Int32(program.bytes.count)
        program.bytes += bytes
        return (start, Int32(program.bytes.count))
    }

    private func site(line: Int, column: Int) -> Program.Site {
        Program.Site(template: template, line: Int32(clamping: line), column: Int32(clamping: column))
    }
}
