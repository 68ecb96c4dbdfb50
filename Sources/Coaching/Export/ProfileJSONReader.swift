import DialogueEngine
import Foundation

/// Reads values parsed by `JSONSerialization` into model values, noting every problem with its path
/// instead of stopping at the first. A class so conversions can be passed around as plain functions.
final class ProfileJSONReader {
    typealias Problem = ProfileJSON.Problems.Problem

    private(set) var problems: [Problem] = []

    func report(_ path: String, _ message: String) {
        problems.append(Problem(path: path, message: message))
    }

    /// A JSON object being read. Keys that nothing asked for are reported as unknown by `finish`.
    final class Object {
        let path: String
        let members: [String: Any]
        private(set) var asked: Set<String> = []

        init(path: String, members: [String: Any]) {
            self.path = path
            self.members = members
        }

        /// The value at `key`, or nil when the key is missing (`NSNull` when it is `null`).
        subscript(key: String) -> Any? {
            asked.insert(key)
            return members[key]
        }

        func path(_ key: String) -> String { "\(path).\(key)" }

        var unknownKeys: [String] { members.keys.filter { !asked.contains($0) }.sorted() }
    }

    // MARK: Shapes

    func object(_ value: Any, at path: String) -> Object? {
        guard let members = value as? [String: Any] else {
            report(path, "expected an object, found \(Self.describe(value))")
            return nil
        }
        return Object(path: path, members: members)
    }

    /// Reports the keys of `object` that no reader asked for.
    func finish(_ object: Object) {
        for key in object.unknownKeys { report(object.path(key), "unknown field") }
    }

    func array(_ value: Any, at path: String) -> [Any]? {
        guard let items = value as? [Any] else {
            report(path, "expected a list, found \(Self.describe(value))")
            return nil
        }
        return items
    }

    // MARK: Fields

    /// A field that must be present and valid.
    func required<T>(_ object: Object, _ key: String, _ convert: (Any, String) -> T?) -> T? {
        guard let value = object[key] else {
            report(object.path(key), "required field is missing")
            return nil
        }
        return convert(value, object.path(key))
    }

    /// A field that may be missing or `null`. Nil both when absent and when invalid: callers tell the two
    /// apart by whether `problems` grew.
    func optional<T>(_ object: Object, _ key: String, _ convert: (Any, String) -> T?) -> T? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        return convert(value, object.path(key))
    }

    /// A list that may be missing or `null` (read as empty); elements that fail are left out after being reported.
    func list<T>(_ object: Object, _ key: String, _ element: (Any, String) -> T?) -> [T] {
        guard let value = object[key], !(value is NSNull),
              let items = array(value, at: object.path(key)) else { return [] }
        return items.enumerated().compactMap { index, item in element(item, "\(object.path(key))[\(index)]") }
    }

    // MARK: Scalars

    func string(_ value: Any, at path: String) -> String? {
        if let text = value as? String { return text }
        report(path, "expected a string, found \(Self.describe(value))")
        return nil
    }

    func bool(_ value: Any, at path: String) -> Bool? {
        if let number = value as? NSNumber, Self.isBoolean(number) { return number.boolValue }
        report(path, "expected true or false, found \(Self.describe(value))")
        return nil
    }

    func wholeNumber(_ value: Any, at path: String) -> Int? {
        if let number = value as? NSNumber, !Self.isBoolean(number), !(value is String) {
            let type = String(cString: number.objCType)
            if ["c", "s", "i", "l", "q"].contains(type) { return number.intValue }
            let double = number.doubleValue
            // Beyond 2^53 a double no longer holds every whole number, so 1e300 is not one we can trust.
            if double.rounded() == double, abs(double) <= 9_007_199_254_740_992 { return Int(double) }
        }
        report(path, "expected a whole number, found \(Self.describe(value))")
        return nil
    }

    func rank(_ value: Any, at path: String) -> Int? {
        guard let number = wholeNumber(value, at: path) else { return nil }
        guard (1...5).contains(number) else {
            report(path, "expected a rank from 1 to 5, found \(number)")
            return nil
        }
        return number
    }

    func date(_ value: Any, at path: String) -> CalendarDate? {
        guard let text = value as? String else {
            report(path, "expected a date like 2026-12-03, found \(Self.describe(value))")
            return nil
        }
        if let date = CalendarDate(iso: text) { return date }
        let shaped = text.count == 10 && text.enumerated().allSatisfy { index, character in
            index == 4 || index == 7 ? character == "-" : character.isASCII && character.isNumber
        }
        report(path, shaped ? "\(Self.describe(text)) is not a day in the calendar"
                            : "expected a date like 2026-12-03, found \(Self.describe(text))")
        return nil
    }

    func timestamp(_ value: Any, at path: String) -> Timestamp? {
        if let text = value as? String, let timestamp = Timestamp(iso: text) { return timestamp }
        report(path, "expected a UTC time like 2026-12-03T18:00:00Z, found \(Self.describe(value))")
        return nil
    }

    /// `2026-12-03T18:00` on the user's clock; a UTC time from an older export is read as its clock time.
    func localDateTime(_ value: Any, at path: String) -> LocalDateTime? {
        if let text = value as? String {
            if let moment = LocalDateTime(iso: text) { return moment }
            if let timestamp = Timestamp(iso: text) {
                let seconds = timestamp.secondsSinceEpoch - timestamp.date.dayNumber * 86_400
                return LocalDateTime(date: timestamp.date, hour: seconds / 3_600, minute: seconds % 3_600 / 60)
            }
        }
        report(path, "expected a date and time like 2026-12-03T18:00, found \(Self.describe(value))")
        return nil
    }

    func choice<E: RawRepresentable & CaseIterable>(_ value: Any, at path: String) -> E? where E.RawValue == String {
        let names = E.allCases.map(\.rawValue).joined(separator: ", ")
        guard let text = value as? String else {
            report(path, "expected one of \(names), found \(Self.describe(value))")
            return nil
        }
        if let choice = E(rawValue: text) { return choice }
        report(path, "\(Self.describe(text)) is not one of \(names)")
        return nil
    }

    /// A list of strings; `null` or missing is read as empty by `list`, not here.
    func strings(_ object: Object, _ key: String) -> [String]? {
        let before = problems.count
        let values = list(object, key, string)
        return problems.count == before ? values : nil
    }

    // MARK: Describing what was found

    /// How a found value appears in a message: strings quoted as in JSON, containers by kind.
    static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case let text as String:
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            var out = ""
            OrderedJSON.writeString(shown, to: &out)
            return out
        case let number as NSNumber:
            if isBoolean(number) { return number.boolValue ? "true" : "false" }
            return number.description
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        default: return String(describing: value)
        }
    }

    private static let booleanType = type(of: NSNumber(value: true))

    /// `JSONSerialization` gives `true` and `false` as NSNumbers; only their class tells them from 1 and 0.
    static func isBoolean(_ number: NSNumber) -> Bool {
        type(of: number) == booleanType
    }
}
