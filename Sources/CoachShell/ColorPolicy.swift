/// Whether output is coloured: only on a terminal, never when `NO_COLOR` is set to anything
/// (https://no-color.org), never with `--no-color`, never on a `dumb` terminal.
public enum ColorPolicy {
    public static func useColor(outputIsTerminal: Bool, environment: [String: String], noColorFlag: Bool) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if !outputIsTerminal { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
