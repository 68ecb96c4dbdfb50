/// How many terminal columns text takes: wide East Asian characters take two, combining marks
/// and ANSI escape sequences none.
public enum DisplayWidth {
    public static func of(_ text: String) -> Int {
        var width = 0
        var state = EscapeState.text
        for scalar in text.unicodeScalars {
            switch state {
            case .text:
                if scalar == "\u{1B}" { state = .escape } else { width += of(scalar) }
            case .escape:
                // ESC [ starts a control sequence; any other ESC x is a two-character sequence.
                state = scalar == "[" ? .controlSequence : .text
            case .controlSequence:
                if (0x40...0x7E).contains(scalar.value) { state = .text }
            }
        }
        return width
    }

    private enum EscapeState { case text, escape, controlSequence }

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value == 0 || value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B { return 0 }
        return isWide(value) ? 2 : 1
    }

    private static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
