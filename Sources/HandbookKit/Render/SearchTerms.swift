import Foundation

/// The words search knows a text by, folded as the theme's script folds a query: decomposed
/// (NFD), marks removed, lowercased; split on anything that is not a letter or a digit.
/// Both sides must agree, or a query would never meet its page.
enum SearchTerms {
    /// Shorter words are not indexed (a query word must have two characters); longer ones are
    /// hashes and tokens, not words anyone types.
    static let lengths = 2...40

    /// Calls `body` with every indexable word of `text`, in order, repeats included.
    /// Works on bytes: this runs over the text of every page.
    static func forEach(in text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(48)
        var characters = 0
        var ascii = true
        func flush() {
            if !word.isEmpty {
                if lengths.contains(characters) {
                    let text = String(decoding: word, as: UTF8.self)
                    let folded = ascii ? text : fold(text)
                    if lengths.contains(folded.count) { body(folded) }
                }
                word.removeAll(keepingCapacity: true)
                characters = 0
                ascii = true
            }
        }
        var utf8 = text.utf8.makeIterator()
        var scalars = text.unicodeScalars.makeIterator()
        // Walk bytes for ASCII and scalars for the rest, keeping both iterators in step.
        while let byte = utf8.next() {
            if byte < 0x80 {
                _ = scalars.next()
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    word.append(byte)
                    characters += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    word.append(byte + 32)
                    characters += 1
                default:
                    flush()
                }
                continue
            }
            guard byte & 0xC0 == 0xC0, let scalar = scalars.next() else { continue } // continuation bytes
            let category = scalar.properties.generalCategory
            if category.isLetter || category.isNumber || category.isMark {
                word.append(contentsOf: String(scalar).utf8)
                if !category.isMark { characters += 1 }
                ascii = false
            } else {
                flush()
            }
        }
        flush()
    }

    /// Decomposed, without marks, lowercased: `Équipe` → `equipe`.
    static func fold(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars where !scalar.properties.generalCategory.isMark {
            scalars.append(scalar)
        }
        return String(scalars).lowercased()
    }
}

private extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    var isNumber: Bool {
        switch self {
        case .decimalNumber, .letterNumber, .otherNumber: true
        default: false
        }
    }

    var isMark: Bool {
        switch self {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
