import Foundation

/// swift-mustache's transforms, written `transform(name)` and nestable
/// (`equalzero(minusone(count))`). A transform that does not apply to a value gives `.null`.
///
/// - lists: `first`, `last` (the element), `reversed`, `sorted` (strings or integers),
///   `count`, `empty`;
/// - strings: `empty`, `uppercased`, `lowercased`, `capitalized`, `reversed`;
/// - integers: `equalzero`, `plusone`, `minusone`, `even`, `odd`;
/// - `first()`, `last()`, `index()`, `even()`, `odd()` without a name: the position in the
///   innermost list being iterated (`index()` counts from 0).
enum Transform: UInt8, Sendable {
    case first, last, index, even, odd, count, empty, reversed, sorted
    case uppercased, lowercased, capitalized, equalzero, plusone, minusone
    /// A name that is no transform: always `.null`.
    case unknown

    init(_ name: String) {
        self = switch name {
        case "first": .first
        case "last": .last
        case "index": .index
        case "even": .even
        case "odd": .odd
        case "count": .count
        case "empty": .empty
        case "reversed": .reversed
        case "sorted": .sorted
        case "uppercased": .uppercased
        case "lowercased": .lowercased
        case "capitalized": .capitalized
        case "equalzero": .equalzero
        case "plusone": .plusone
        case "minusone": .minusone
        default: .unknown
        }
    }

    func apply(to value: TemplateValue) -> TemplateValue {
        switch (self, value) {
        case (.first, .list(let list)): list.count > 0 ? list.element(at: 0) : .null
        case (.last, .list(let list)): list.count > 0 ? list.element(at: list.count - 1) : .null
        case (.reversed, .list(let list)): .list(ReversedTemplateList(base: list))
        case (.sorted, .list(let list)): Self.sorted(list)
        case (.count, .list(let list)): .int(list.count)
        case (.empty, .list(let list)): .bool(list.count == 0)
        case (.empty, .string(let string)): .bool(string.isEmpty)
        case (.uppercased, .string(let string)): .string(string.uppercased())
        case (.lowercased, .string(let string)): .string(string.lowercased())
        case (.capitalized, .string(let string)): .string(string.capitalized)
        case (.reversed, .string(let string)): .string(String(string.reversed()))
        case (.equalzero, .int(let int)): .bool(int == 0)
        case (.plusone, .int(let int)): .int(int &+ 1)
        case (.minusone, .int(let int)): .int(int &- 1)
        case (.even, .int(let int)): .bool(int & 1 == 0)
        case (.odd, .int(let int)): .bool(int & 1 == 1)
        default: .null
        }
    }

    /// The transform of the position `index` in a list of `count` elements.
    func apply(index: Int, count: Int) -> TemplateValue {
        switch self {
        case .first: .bool(index == 0)
        case .last: .bool(index == count - 1)
        case .index: .int(index)
        case .even: .bool(index & 1 == 0)
        case .odd: .bool(index & 1 == 1)
        default: .null
        }
    }

    /// A list of strings or of integers, sorted; `.null` for other lists.
    private static func sorted(_ list: any TemplateList) -> TemplateValue {
        let elements = (0..<list.count).map(list.element(at:))
        let strings = elements.compactMap { if case .string(let string) = $0 { string } else { nil } }
        if strings.count == elements.count { return .list(strings.sorted()) }
        let ints = elements.compactMap { if case .int(let int) = $0 { int } else { nil } }
        if ints.count == elements.count { return .list(ints.sorted()) }
        return .null
    }
}
