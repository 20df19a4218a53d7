/// A letter of the responsibility matrix, ordered from strongest to weakest.
public enum RACILetter: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case accountable = "A"
    case responsible = "R"
    case support = "S"
    case consulted = "C"
    case informed = "I"

    /// The letters of a matrix style: `RACI` or `RASCI`.
    public static func letters(of style: String) -> [RACILetter]? {
        switch style.uppercased() {
        case "RACI": [.responsible, .accountable, .consulted, .informed]
        case "RASCI": [.responsible, .accountable, .support, .consulted, .informed]
        default: nil
        }
    }

    public var word: String {
        switch self {
        case .accountable: "Accountable"
        case .responsible: "Responsible"
        case .support: "Support"
        case .consulted: "Consulted"
        case .informed: "Informed"
        }
    }

    /// How a team page introduces the activities with this letter.
    public var rolePhrase: String {
        switch self {
        case .accountable: "Accountable for"
        case .responsible: "Responsible for"
        case .support: "Supports"
        case .consulted: "Consulted on"
        case .informed: "Informed of"
        }
    }

    /// What the letter means, for the matrix's legend.
    public var meaning: String {
        switch self {
        case .accountable: "Owns the outcome and signs it off. Exactly one team per activity."
        case .responsible: "Does the work."
        case .support: "Helps the responsible team do the work."
        case .consulted: "Asked before decisions; two-way."
        case .informed: "Kept up to date; one-way."
        }
    }

    private var strength: Int { RACILetter.allCases.firstIndex(of: self)! }

    /// Stronger letters sort first: A, R, S, C, I.
    public static func < (lhs: RACILetter, rhs: RACILetter) -> Bool { lhs.strength < rhs.strength }
}
