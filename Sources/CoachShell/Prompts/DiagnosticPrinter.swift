import Foundation
import LineEditing
import PromptsCompiler

/// Shows diagnostics the way compilers do: position, severity and code, the source line, a caret.
///
/// ```
/// flows/person.yaml:12:9: error[P002]: a step has no key 'promt'.
///    12 |     - promt: "What should I call you?"
///       |       ^
///   = Did you mean 'prompt'?
/// ```
public enum DiagnosticPrinter {
    public static func text(_ diagnostic: Diagnostic, source: String?, styler: Styler) -> String {
        let role: Styler.Role = diagnostic.severity == .error ? .error : .warning
        var lines = [
            styler.paint("\(diagnostic.file):\(diagnostic.line):\(diagnostic.column):", .emphasis) + " "
                + styler.paint("\(diagnostic.severity.rawValue)[\(diagnostic.code.rawValue)]:", role) + " " + diagnostic.message,
        ]
        if let source, diagnostic.line > 0 {
            let rows = source.split(separator: "\n", omittingEmptySubsequences: false)
            if diagnostic.line <= rows.count {
                let row = String(rows[diagnostic.line - 1]).replacingOccurrences(of: "\t", with: " ")
                let number = String(diagnostic.line)
                let gutter = String(repeating: " ", count: number.count)
                lines.append(styler.paint(" \(number) |", .dim) + " " + row)
                if diagnostic.column > 0 {
                    let prefix = String(row.prefix(diagnostic.column - 1))
                    let pad = String(repeating: " ", count: DisplayWidth.of(prefix))
                    lines.append(styler.paint(" \(gutter) |", .dim) + " " + pad + styler.paint("^", role))
                }
            }
        }
        if let hint = diagnostic.hint { lines.append(styler.paint("  = ", .dim) + hint) }
        return lines.joined(separator: "\n")
    }

    /// `N errors, M warnings` for the end of a report.
    public static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
    }

    /// The diagnostics as JSON for editors: `[{"file", "line", "column", "severity", "code", "message", "hint"}]`.
    public static func json(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(diagnostics)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

