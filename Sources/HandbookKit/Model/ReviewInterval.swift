import Foundation

/// How long a note stays fresh after it was reviewed: `review_every: 180d` in handbook.yml.
public struct ReviewInterval: Sendable, Hashable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable {
        case days = "d", weeks = "w", months = "m", years = "y"
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// `180d`, `26w`, `6m`, `1y`: a whole number above zero and a unit; `nil` for anything else.
    public init?(_ text: String) {
        guard let last = text.last, let unit = Unit(rawValue: String(last)) else { return nil }
        let digits = text.dropLast()
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              let count = Int(digits), count > 0 else { return nil }
        self.init(count: count, unit: unit)
    }

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The day a note reviewed on `date` falls due (calendar months and years, in UTC).
    public func due(after date: Date) -> Date {
        let component: Calendar.Component, amount: Int
        switch unit {
        case .days: (component, amount) = (.day, count)
        case .weeks: (component, amount) = (.day, count * 7)
        case .months: (component, amount) = (.month, count)
        case .years: (component, amount) = (.year, count)
        }
        let day = CalendarDay.start(of: date)
        return CalendarDay.calendar.date(byAdding: component, value: amount, to: day) ?? day
    }
}
