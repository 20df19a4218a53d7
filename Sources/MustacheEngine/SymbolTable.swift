import Foundation

/// Names interned to small integers, once for the whole process: templates compile their names
/// to symbols and ``TemplateFields`` map symbols to slots, so rendering compares integers only.
///
/// Interning takes a lock; it happens when templates compile and when a type's fields are made,
/// never while rendering.
enum SymbolTable {
    nonisolated(unsafe) private static var symbols: [String: Int] = [:]
    private static let lock = NSLock()

    /// The symbol of `name`, made on first use.
    static func symbol(for name: String) -> Int {
        lock.withLock {
            if let symbol = symbols[name] { return symbol }
            let symbol = symbols.count
            symbols[name] = symbol
            return symbol
        }
    }
}
