import Foundation
import MustacheEngine

/// Test data written once as `Any` (JSON, or a `[String: Any]` literal as swift-mustache reads
/// it) and turned into typed values for our engine.
extension TemplateValue {
    /// Dictionaries become ``TemplateDictionary``s, arrays lists, numbers that are not integers
    /// strings as JSON writes them (the engine has no decimals), `NSNull` `.null`.
    init(any value: Any) {
        switch value {
        case let number as NSNumber where String(cString: number.objCType) == "c":
            self = .bool(number.boolValue)
        case let number as NSNumber where String(cString: number.objCType) == "d":
            self = .string(String(describing: number.doubleValue))
        case let int as Int:
            self = .int(int)
        case let bool as Bool:
            self = .bool(bool)
        case let string as String:
            self = .string(string)
        case let array as [Any]:
            self = .list(array.map(TemplateValue.init(any:)))
        case let dictionary as [String: Any]:
            self = .object(TemplateDictionary(dictionary.mapValues(TemplateValue.init(any:))))
        default:
            self = .null
        }
    }
}
