import Foundation

/// Days written `YYYY-MM-DD`, as dates at midnight UTC: `reviewed:` in a note, the dates the site
/// and `check` print. One calendar for all of them, so a day means the same everywhere.
enum CalendarDay {
    /// The Gregorian calendar in UTC.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// `2024-05-01` → that day at 00:00 UTC; `nil` unless the text is exactly a real day in that form.
    static func date(from text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == components else { return nil }
        return date
    }

    /// The day of `date` in UTC, as `2024-05-01`.
    static func string(from date: Date) -> String {
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
    }

    /// Midnight UTC of the day `date` falls on.
    static func start(of date: Date) -> Date { calendar.startOfDay(for: date) }
}
