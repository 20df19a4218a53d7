import Foundation
import Synchronization

/// Lets cmark-gfm parse on several threads at once.
///
/// The autolink and strikethrough extensions mark their characters (`~`, `:`, `w`) in a table
/// that every parser of the process shares: cmark-gfm adds them when a parse starts its inlines
/// and removes them when it ends, so a parse that ends while another is running takes the
/// characters away from it (architecture.md measured 552 wrong documents of 1,280). Every
/// document here is parsed with the same extensions, so the characters may as well stay: this
/// binary defines `cmark_manage_extensions_special_characters`, which cmark-gfm calls through
/// its PLT, passes "add" on to cmark-gfm's own and drops "remove". Once the table is set, adding
/// writes the values it already holds.
///
/// Until the override has been seen running (a cmark-gfm built without interposable calls
/// would bypass it), parses stay serialised behind a lock.
enum SpecialCharacters {
    /// Whether cmark-gfm has called the override: parses may then run in parallel.
    static var overridden: Bool { seen.load(ordering: .acquiring) }

    fileprivate static let seen = Atomic<Bool>(false)

    fileprivate typealias Manage = @convention(c) (OpaquePointer?, Int32) -> Void

    /// cmark-gfm's own function, the next definition after this binary's.
    fileprivate static let original: Manage? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "cmark_manage_extensions_special_characters") else { return nil }
        return unsafeBitCast(symbol, to: Manage.self)
    }()
}

@_cdecl("cmark_manage_extensions_special_characters")
public func handbookManageSpecialCharacters(_ parser: OpaquePointer?, _ add: Int32) {
    guard add != 0, let original = SpecialCharacters.original else { return }
    original(parser, add)
    SpecialCharacters.seen.store(true, ordering: .releasing)
}
