import LineEditing

/// Wraps text to a terminal width at word boundaries. Leading indentation is kept and list items
/// (`- `, `* `, `• `, `1. `) get a hanging indent, so continuation lines line up under the text.
/// A word wider than the line (a URL, say) is left whole rather than cut.
public enum TextWrapper {
    public static func wrap(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    static func wrapLine(_ line: String, width: Int) -> String {
        guard DisplayWidth.of(line) > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        let body = line.dropFirst(indent.count)
        let hanging = indent + String(repeating: " ", count: markerWidth(body))
        // Keep the indent from eating the whole line on very narrow terminals.
        let continuation = DisplayWidth.of(hanging) < width / 2 ? hanging : indent

        var lines: [String] = []
        var current = indent
        var currentWidth = DisplayWidth.of(indent)
        var lineHasWord = false
        for word in body.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(String(word))
            if lineHasWord && currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = continuation
                currentWidth = DisplayWidth.of(continuation)
                lineHasWord = false
            }
            if lineHasWord {
                current += " "
                currentWidth += 1
            }
            current += word
            currentWidth += wordWidth
            lineHasWord = true
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// The width of a list marker at the start of `body`, including the space after it; 0 if none.
    static func markerWidth(_ styled: Substring) -> Int {
        let body = Substring(withoutEscapes(styled))
        for bullet in ["- ", "* ", "• "] where body.hasPrefix(bullet) { return bullet.count }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = body.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return digits.count + 2 }
        }
        return 0
    }

    /// The text without ANSI escape sequences, so a coloured "1." still reads as a list marker.
    static func withoutEscapes(_ text: Substring) -> String {
        var result = ""
        var state = 0  // 0 text, 1 after ESC, 2 inside a control sequence
        for scalar in text.unicodeScalars {
            switch state {
            case 0:
                if scalar == "\u{1B}" { state = 1 } else { result.unicodeScalars.append(scalar) }
            case 1:
                state = scalar == "[" ? 2 : 0
            default:
                if (0x40...0x7E).contains(scalar.value) { state = 0 }
            }
        }
        return result
    }
}
