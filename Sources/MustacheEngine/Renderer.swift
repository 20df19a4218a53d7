/// Runs a ``Program`` from a template's entry, writing into a byte buffer.
///
/// Sections, partials and blocks push frames on an explicit stack instead of recursing, so
/// only ``TemplateLimits/callDepth`` bounds how deep data-driven recursion goes.
///
/// Indentation follows swift-mustache: inside an indented partial, each piece of output that
/// starts a line within one rendering scope (a template, a block, one element of a section)
/// gets the indentation; a nested scope's first piece gets it when the scope it sits in was at
/// the start of a line ("pending" indentation).
struct Renderer {
    /// The program's names and files, for errors and dynamic partials.
    private let program: Program
    /// Keeps the tables below alive.
    private let tables: ProgramTables
    private let operations: UnsafeBufferPointer<Program.Operation>
    private let bytes: UnsafeBufferPointer<UInt8>
    private let names: UnsafeBufferPointer<Program.Name>
    private let parts: UnsafeBufferPointer<Int32>
    private let transforms: UnsafeBufferPointer<Transform>
    var output: [UInt8] = []
    /// The context stack.
    private var stack: [TemplateValue] = []
    /// The objects of the context stack, in the same order, with their fields: what names are
    /// looked up in, without copying values out of `stack`.
    private var objects: [Context] = []
    /// The lists being iterated, innermost last.
    private var lists: [any TemplateList] = []
    private var frames: [Frame] = []
    /// The indentation of the current scope is `indentation[0..<scope.indentation]`.
    private var indentation: [UInt8] = []
    private var scope = Scope(start: 0, indentation: 0, index: 0, count: -1)
    /// Indentation owed to the first piece the current construct writes: its length, or `-1`;
    /// then `bytes[pendingIntrinsic]`, an overridden block's intrinsic indentation.
    private var pending = -1
    private var pendingIntrinsic = 0..<0
    private let limits: TemplateLimits
    /// Partials, parents and blocks being rendered.
    private var depth = 0
    /// List elements, partials, parents and blocks rendered so far.
    private var steps = 0

    /// One rendering scope: swift-mustache's `render` call, whose output starts at `start`.
    private struct Scope {
        var start: Int
        var indentation: Int
        /// The position in the innermost list: `index` of `count`; `count` is `-1` outside lists.
        var index: Int
        var count: Int
    }

    private struct Context {
        let fields: TemplateFields
        let object: any TemplateObject
    }

    private struct Frame {
        enum Kind { case list, condition, context, call, block }
        var kind: Kind
        /// Where to go on when the construct ends.
        var resume: Int
        /// The scope to restore when it ends.
        var saved: Scope
        var ownsPending: Bool
        var ownsIntrinsic = false
        /// Lists: where the body starts, and the section's name.
        var body = 0
        var name: Int32 = 0
        /// Calls: the blocks the parent's tag fills, `overrides[overrideStart..<overrideEnd]`.
        var overrideStart: Int32 = 0
        var overrideEnd: Int32 = 0
    }

    init(program: Program, tables: ProgramTables, limits: TemplateLimits) {
        self.limits = limits
        // Enough for most pages, so the stacks do not grow while rendering.
        stack.reserveCapacity(16)
        objects.reserveCapacity(16)
        lists.reserveCapacity(8)
        frames.reserveCapacity(32)
        self.program = program
        self.tables = tables
        operations = tables.operations
        bytes = tables.bytes
        names = tables.names
        parts = tables.parts
        transforms = tables.transforms
    }

    /// Renders a template with `context` as the context stack, its last value on top.
    mutating func run(template: Int, context: [TemplateValue]) throws(TemplateError) {
        for value in context { push(value) }
        var pc = Int(tables.entries[template])
        while true {
            switch operations[pc] {
            case .text(let start, let end):
                write(Int(start), Int(end))
                pc += 1

            case .variable(let name):
                write(resolve(Int(name)), escaped: true)
                pc += 1

            case .rawVariable(let name):
                write(resolve(Int(name)), escaped: false)
                pc += 1

            case .section(let name, let end):
                let value = resolve(Int(name))
                switch value {
                case .list(let list):
                    let count = list.count
                    guard count > 0 else {
                        pc = Int(end) + 1
                        continue
                    }
                    try step(at: names[Int(name)].site)
                    var frame = enter(.list, resume: Int(end) + 1)
                    frame.body = pc + 1
                    frame.name = name
                    frames.append(frame)
                    scope.index = 0
                    scope.count = count
                    push(list.element(at: 0))
                    lists.append(list)
                case .bool(true):
                    frames.append(enter(.condition, resume: Int(end) + 1))
                case .bool(false), .null:
                    pc = Int(end) + 1
                    continue
                case .int, .string, .object:
                    frames.append(enter(.context, resume: Int(end) + 1))
                    scope.count = -1
                    push(value)
                }
                pc += 1

            case .invertedSection(let name, let end):
                let value = resolve(Int(name))
                switch value {
                case .list(let list) where list.count == 0:
                    frames.append(enter(.context, resume: Int(end) + 1))
                    scope.count = -1
                    push(value)
                case .bool(false), .null:
                    frames.append(enter(.condition, resume: Int(end) + 1))
                default:
                    pc = Int(end) + 1
                    continue
                }
                pc += 1

            case .endSection:
                let last = frames.count - 1
                switch frames[last].kind {
                case .list:
                    pop()
                    let next = scope.index + 1
                    if next < scope.count {
                        try step(at: names[Int(frames[last].name)].site)
                        push(lists[lists.count - 1].element(at: next))
                        scope.index = next
                        scope.start = output.count
                        pc = frames[last].body
                        continue
                    }
                    lists.removeLast()
                case .context:
                    pop()
                case .condition, .call, .block:
                    break
                }
                pc = leave()

            case .call(let index):
                let call = tables.calls[Int(index)]
                var template = Int(call.template)
                if call.dynamicName >= 0 {
                    guard case .string(let name) = resolve(Int(call.dynamicName)), let found = program.templateIndex[name],
                        tables.entries[Int(found)] >= 0
                    else {
                        pc += 1
                        continue
                    }
                    template = Int(found)
                }
                try count(call.site)
                var frame = enter(.call, resume: pc + 1)
                frame.overrideStart = call.overrideStart
                frame.overrideEnd = call.overrideEnd
                frames.append(frame)
                indent(by: call.indentationStart, call.indentationEnd)
                pc = Int(tables.entries[template])

            case .block(let index, let end):
                let block = tables.blocks[Int(index)]
                try count(block.site)
                let override = self.override(of: block.symbol)
                var frame = enter(.block, resume: Int(end) + 1)
                indent(by: block.indentationStart, block.indentationEnd)
                if override != nil, block.intrinsicStart < block.intrinsicEnd {
                    frame.ownsIntrinsic = true
                    pendingIntrinsic = Int(block.intrinsicStart)..<Int(block.intrinsicEnd)
                    indentation += bytes[pendingIntrinsic]
                    scope.indentation = indentation.count
                }
                frames.append(frame)
                pc = override ?? pc + 1

            case .end:
                guard !frames.isEmpty else { return }
                depth -= 1
                pc = leave()
            }
        }
    }

    // MARK: - Scopes

    private mutating func push(_ value: TemplateValue) {
        if case .object(let object) = value {
            objects.append(Context(fields: type(of: object).templateFields, object: object))
        }
        stack.append(value)
    }

    private mutating func pop() {
        if case .object = stack.removeLast() { objects.removeLast() }
    }

    /// A frame for a construct starting here, which opens a new scope.
    private mutating func enter(_ kind: Frame.Kind, resume: Int) -> Frame {
        let ownsPending = pending < 0 && scope.indentation > 0 && atLineStart()
        if ownsPending { pending = scope.indentation }
        let frame = Frame(kind: kind, resume: resume, saved: scope, ownsPending: ownsPending)
        scope.start = output.count
        return frame
    }

    /// Ends the innermost construct: restores its caller's scope; returns where to go on.
    private mutating func leave() -> Int {
        let frame = frames.removeLast()
        scope = frame.saved
        if frame.ownsPending { pending = -1 }
        if frame.ownsIntrinsic { pendingIntrinsic = 0..<0 }
        return frame.resume
    }

    /// Counts a partial, parent or block against the limits.
    private mutating func count(_ site: Program.Site) throws(TemplateError) {
        depth += 1
        guard depth <= limits.callDepth else {
            throw error(.recursionTooDeep, at: site, "partials, parents and blocks are rendered inside each other more than \(limits.callDepth) deep")
        }
        try step(at: site)
    }

    /// Counts a step that can repeat output (a list element, a partial, a parent, a block), and
    /// checks the output's size there.
    private mutating func step(at site: Program.Site) throws(TemplateError) {
        steps += 1
        guard steps <= limits.steps else {
            throw error(.renderTooLarge, at: site, "rendering takes more than \(limits.steps) list elements, partials, parents and blocks")
        }
        guard output.count <= limits.outputBytes else {
            throw error(.renderTooLarge, at: site, "rendering makes more than \(limits.outputBytes) bytes")
        }
    }

    private func error(_ kind: TemplateError.Kind, at site: Program.Site, _ message: String) -> TemplateError {
        let template = Int(site.template)
        return TemplateError(
            kind: kind, message: "\(message) (in '\(program.templateNames[template])')",
            file: program.files[template], line: Int(site.line), column: Int(site.column))
    }

    /// Adds `bytes[start..<end]` to the current indentation, for a partial or block's scope,
    /// which is outside any list.
    private mutating func indent(by start: Int32, _ end: Int32) {
        // Mutating an empty array allocates: most partials have no indentation to add.
        if start < end || indentation.count > scope.indentation {
            indentation.removeSubrange(scope.indentation...)
            indentation += bytes[Int(start)..<Int(end)]
        }
        scope.indentation = indentation.count
        scope.count = -1
    }

    /// The override of block `symbol` from the outermost parent that fills it.
    private func override(of symbol: Int32) -> Int? {
        for frame in frames where frame.kind == .call && frame.overrideStart < frame.overrideEnd {
            for override in tables.overrides[Int(frame.overrideStart)..<Int(frame.overrideEnd)] where override.symbol == symbol {
                return Int(override.start)
            }
        }
        return nil
    }

    // MARK: - Output

    /// Whether the current scope's output ends a line: `\n`, not `\r\n`.
    private func atLineStart() -> Bool {
        let length = output.count - scope.start
        guard length > 0, output[output.count - 1] == UInt8(ascii: "\n") else { return false }
        return length < 2 || output[output.count - 2] != UInt8(ascii: "\r")
    }

    /// Writes the indentation a piece of output is owed, before it.
    @inline(__always)
    private mutating func startPiece() {
        if pending >= 0 || !pendingIntrinsic.isEmpty {
            if pending >= 0 { output += indentation[0..<pending] }
            output += bytes[pendingIntrinsic]
            pending = -1
            pendingIntrinsic = 0..<0
        } else if scope.indentation > 0, atLineStart() {
            output += indentation[0..<scope.indentation]
        }
    }

    private mutating func write(_ start: Int, _ end: Int) {
        guard pending >= 0 || scope.indentation > 0 else {
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            return
        }
        // One piece per line, as swift-mustache has one text token per line.
        var start = start
        while start < end {
            var stop = start
            while stop < end, bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
            stop = min(stop + 1, end)
            startPiece()
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<stop]))
            start = stop
        }
    }

    private mutating func write(_ value: consuming TemplateValue, escaped: Bool) {
        switch consume value {
        case .string(let string):
            guard !string.isEmpty else { return }
            startPiece()
            let utf8 = string.utf8
            if utf8.withContiguousStorageIfAvailable({ escaped ? HTMLEscaping.append($0, to: &output) : output.append(contentsOf: $0) }) == nil {
                let bytes = Array(utf8)
                bytes.withUnsafeBufferPointer { escaped ? HTMLEscaping.append($0, to: &output) : output.append(contentsOf: $0) }
            }
        case .int(let int):
            startPiece()
            Self.append(int, to: &output)
        case .bool(let bool):
            startPiece()
            let text: StaticString = bool ? "true" : "false"
            output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        case .null, .list, .object:
            return
        }
    }

    private static func append(_ int: Int, to output: inout [UInt8]) {
        if int < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = int.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            output.append(contentsOf: buffer[(20 - count)...])
        }
    }

    // MARK: - Names

    private func resolve(_ index: Int) -> TemplateValue {
        let name = names[index]
        var steps = Int(name.transformStart)..<Int(name.transformEnd)
        if name.lookup == .stack, name.partEnd == name.partStart + 1, steps.isEmpty {
            return lookUp(parts[Int(name.partStart)])
        }
        var value: TemplateValue
        switch name.lookup {
        case .top:
            value = stack[stack.count - 1]
        case .stack:
            value = descend(lookUp(parts[Int(name.partStart)]), name.partStart + 1, name.partEnd)
        case .topOnly:
            value = descend(Self.child(of: stack[stack.count - 1], parts[Int(name.partStart)]), name.partStart + 1, name.partEnd)
        case .position:
            guard scope.count >= 0 else { return .null }
            value = transforms[steps.lowerBound].apply(index: scope.index, count: scope.count)
            steps = steps.dropFirst()
        }
        for step in steps {
            if case .null = value { return .null }
            value = transforms[step].apply(to: value)
        }
        return value
    }

    /// `symbol` in the first object down the context stack that answers it. The objects are
    /// read in place, not copied.
    private func lookUp(_ symbol: Int32) -> TemplateValue {
        objects.withUnsafeBufferPointer { objects in
            var index = objects.count - 1
            while index >= 0 {
                let slot = objects[index].fields.slot(Int(symbol))
                if slot >= 0 {
                    let value = objects[index].object.templateValue(at: slot)
                    if case .null = value {} else { return value }
                }
                index -= 1
            }
            return .null
        }
    }

    /// The rest of a dotted name, each part inside the value of the one before.
    private func descend(_ value: TemplateValue, _ start: Int32, _ end: Int32) -> TemplateValue {
        var value = value
        var part = start
        while part < end {
            value = Self.child(of: value, parts[Int(part)])
            part += 1
        }
        return value
    }

    private static func child(of value: TemplateValue, _ symbol: Int32) -> TemplateValue {
        guard case .object(let object) = value else { return .null }
        return object.templateValue(symbol: Int(symbol))
    }
}
