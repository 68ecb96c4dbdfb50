extension AnswerInterpreter {
    static func interpretNumber(_ input: String, min: Double?, max: Double?, integer: Bool) -> Interpretation {
        guard let number = parseNumber(input) else { return .invalid(.notANumber(input)) }
        if let min, number < min { return .invalid(.outOfRange(number, min: min, max: max)) }
        if let max, number > max { return .invalid(.outOfRange(number, min: min, max: max)) }
        if integer, number != number.rounded() { return .invalid(.notWhole(number)) }
        return .value(.number(number))
    }

    /// A decimal written with digits: optional sign, digits optionally grouped in threes by commas
    /// (`1,000`), optional fraction. Checked by hand because `Double(_:)` also takes `nan`, `inf`,
    /// `1e5` and hexadecimal, none of which a student means.
    static func parseNumber(_ text: String) -> Double? {
        var rest = Substring(text)
        var sign = ""
        if let first = rest.first, first == "-" || first == "+" || first == "\u{2212}" {
            sign = first == "+" ? "" : "-"
            rest = rest.dropFirst()
        }
        let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let whole = parts[0]
        let fraction = parts.count == 2 ? parts[1] : ""
        guard isDigits(fraction), !(whole.isEmpty && fraction.isEmpty) else { return nil }
        if parts.count == 2, fraction.isEmpty { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        guard groups.allSatisfy(isDigits) else { return nil }
        let digits = groups.joined() + (fraction.isEmpty ? "" : "." + fraction)
        return Double(sign + (digits.hasPrefix(".") ? "0" + digits : digits))
    }

    private static func isDigits(_ text: Substring) -> Bool {
        text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
