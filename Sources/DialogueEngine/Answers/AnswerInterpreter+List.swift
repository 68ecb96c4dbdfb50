extension AnswerInterpreter {
    /// Reads one line typed while a list question collects items one a line.
    ///
    /// `soFar` is the list before this line. An empty line ends the list, unless it has fewer than
    /// `minItems`. Otherwise the trimmed line is added, unless it repeats an item (ignoring case) or
    /// the list is already full; the step that brings the list to `maxItems` is `.done`, so the engine
    /// never asks for an item that would be refused.
    public static func interpretListItem(_ line: String, soFar: [Value], minItems: Int, maxItems: Int?) -> ListStep {
        let item = trimmed(line)
        if item.isEmpty {
            if soFar.count < minItems { return .invalid(.tooFewItems(min: minItems, given: soFar.count)) }
            return .done(soFar)
        }
        if let maxItems, soFar.count >= maxItems { return .invalid(.tooManyItems(max: maxItems)) }
        if soFar.contains(where: { $0.displayText.lowercased() == item.lowercased() }) {
            return .invalid(.repeatedItem(item))
        }
        let items = soFar + [.text(item)]
        if let maxItems, items.count >= maxItems { return .done(items) }
        return .more(items)
    }

    /// A whole list on one line, items separated by commas or semicolons (for piped answers and for
    /// changing a list in one go). The same rules as item by item.
    static func interpretList(_ input: String, minItems: Int, maxItems: Int?) -> Interpretation {
        var items: [Value] = []
        for piece in input.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let item = trimmed(String(piece))
            guard !item.isEmpty else { continue }
            if items.contains(where: { $0.displayText.lowercased() == item.lowercased() }) {
                return .invalid(.repeatedItem(item))
            }
            items.append(.text(item))
        }
        if items.count < minItems { return .invalid(.tooFewItems(min: minItems, given: items.count)) }
        if let maxItems, items.count > maxItems { return .invalid(.tooManyItems(max: maxItems)) }
        return .value(.list(items))
    }
}
