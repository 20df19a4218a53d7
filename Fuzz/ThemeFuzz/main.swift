import Foundation
import HandbookKit

/// One fuzz input: up to nine theme templates separated by NUL bytes, in the order of
/// ``ThemeFolder/slots``: the page template `note`, `layout`, then the partials a note page
/// uses (the last one keeps any further NULs). A part left out is the default theme's.
///
/// The templates are written to a theme folder and loaded as `build` loads a user's theme, with
/// the default theme behind it (reading, compiling, partial resolution, partial cycles and
/// nesting, the variable linter, the diagnostics); then a note page and a folder page of a
/// small fixed handbook are rendered with it, from the page models `build` makes, so that real
/// names are resolved.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let parts = UnsafeBufferPointer(start: bytes, count: count)
        .split(separator: 0, maxSplits: ThemeFolder.slots.count - 1, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    ThemeFolder.shared.write(parts)

    var diagnostics = Diagnostics()
    let theme = Theme(folders: ThemeFolder.shared.chain, diagnostics: &diagnostics)
    _ = diagnostics.sorted.map(\.description)
    let pages = PageRenderer(handbook: FixedHandbook.handbook, theme: theme, generator: "fuzz", now: FixedHandbook.now)
    for path in FixedHandbook.pages {
        _ = try? pages.render(page: path)
    }
    return 0
}
