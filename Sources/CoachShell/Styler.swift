/// Paints text by role with ANSI colours, or leaves it plain when colour is off.
public struct Styler: Sendable {
    public enum Role: Sendable {
        case prompt, heading, command, error, warning, hint, emphasis, dim

        /// The SGR parameters for the role.
        var sgr: String {
            switch self {
            case .prompt: return "1;36"
            case .heading: return "1"
            case .command: return "36"
            case .error: return "1;31"
            case .warning: return "1;33"
            case .hint: return "2"
            case .emphasis: return "1"
            case .dim: return "2"
            }
        }
    }

    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    public func paint(_ text: String, _ role: Role) -> String {
        guard enabled, !text.isEmpty else { return text }
        return "\u{1B}[\(role.sgr)m\(text)\u{1B}[0m"
    }

    /// The SGR to colour the prompt with, or nil when colour is off.
    public var promptSGR: String? { enabled ? Role.prompt.sgr : nil }
}
