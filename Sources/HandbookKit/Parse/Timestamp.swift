import Foundation

/// Dates as front matter writes them (YAML timestamps, Hugo's and MkDocs' `date:`/`lastmod:`):
/// `2023-04-01`, `2023-04-01T09:30:00Z`, `2023-04-01 09:30:00.5 +09:00`. A date alone is
/// midnight UTC; a time without a zone is UTC too, so that every machine reads the same instant.
enum Timestamp {
    static func date(from text: String) -> Date? {
        var scanner = Scanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.skip("-"), let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        var seconds = Double(daysSince1970(year: year, month: month, day: day)) * 86_400
        if scanner.isAtEnd { return Date(timeIntervalSince1970: seconds) }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skipSpaces(),
              let hour = scanner.number(digits: 2), scanner.skip(":"), let minute = scanner.number(digits: 2), hour < 24, minute < 60
        else { return nil }
        seconds += Double(hour * 3600 + minute * 60)
        if scanner.skip(":") {
            guard let second = scanner.number(digits: 2), second <= 60 else { return nil }
            seconds += Double(second)
            if scanner.skip(".") || scanner.skip(",") {
                guard let fraction = scanner.fraction() else { return nil }
                seconds += fraction
            }
        }
        _ = scanner.skipSpaces()
        if scanner.skip("Z") || scanner.skip("z") || scanner.isAtEnd { return scanner.isAtEnd ? Date(timeIntervalSince1970: seconds) : nil }
        let sign: Double
        if scanner.skip("+") { sign = 1 } else if scanner.skip("-") { sign = -1 } else { return nil }
        guard let zoneHours = scanner.number(digits: 2) ?? scanner.number(digits: 1), zoneHours < 24 else { return nil }
        _ = scanner.skip(":")
        let zoneMinutes = scanner.number(digits: 2) ?? 0
        guard scanner.isAtEnd, zoneMinutes < 60 else { return nil }
        return Date(timeIntervalSince1970: seconds - sign * Double(zoneHours * 3600 + zoneMinutes * 60))
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    private static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Reads the text byte by byte.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var isAtEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }

        mutating func skipSpaces() -> Bool {
            let start = index
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x09 { index += 1 }
            return index > start
        }

        /// A number of exactly `digits` digits.
        mutating func number(digits: Int) -> Int? {
            guard index + digits <= bytes.count, bytes[index..<(index + digits)].allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            defer { index += digits }
            return bytes[index..<(index + digits)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }

        /// The digits of a fraction of a second, as a fraction.
        mutating func fraction() -> Double? {
            var value = 0.0, scale = 1.0
            let start = index
            while index < bytes.count, (0x30...0x39).contains(bytes[index]) {
                scale /= 10
                value += Double(bytes[index] - 0x30) * scale
                index += 1
            }
            return index > start ? value : nil
        }
    }
}
