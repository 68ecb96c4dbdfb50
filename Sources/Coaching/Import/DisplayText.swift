/// Text from someone else's file made safe to print on a terminal.
///
/// A contact's name comes from whoever wrote the export, and may hold escape sequences that recolour,
/// retitle or rewrite the user's terminal. Everything shown from a contact goes through `clean`.
public enum DisplayText {
    /// `text` without escape sequences (CSI, OSC and the like, whole), control characters or bidirectional
    /// overrides; tabs and line breaks become spaces, so the text stays on one line.
    public static func clean(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)[...]
        var result = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                skipString(&scalars)
            case 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x2028, 0x2029:
                result.append(" ")
            case 0x00...0x1F, 0x7F...0x9F:
                break
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// After ESC: a CSI (`ESC [`), a string (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _`) or a two-character
    /// sequence.
    private static func skipEscape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.first else { return }
        switch next {
        case "[":
            scalars.removeFirst()
            skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_":
            scalars.removeFirst()
            skipString(&scalars)
        case " "..."~":
            scalars.removeFirst()
            // nF sequences (ESC, intermediates 0x20–0x2F, then a final character): `ESC ( B`.
            if (0x20...0x2F).contains(next.value) {
                while let more = scalars.first, (0x20...0x2F).contains(more.value) { scalars.removeFirst() }
                if let final = scalars.first, (0x30...0x7E).contains(final.value) { scalars.removeFirst() }
            }
        default:
            break
        }
    }

    /// Parameters and intermediates up to and including the final character (0x40–0x7E).
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            if (0x40...0x7E).contains(scalar.value) || scalar.value < 0x20 { return }
        }
    }

    /// Up to and including the string terminator: BEL, `ESC \` or ST (0x9C).
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x07, 0x9C:
                return
            case 0x1B:
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            default:
                continue
            }
        }
    }
}
