/// One problem found in Prompts source: where it is, how bad, a stable code, and what to do.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable, Codable {
        case error
        case warning
    }

    public var code: DiagnosticCode
    public var severity: Severity
    /// The file's path relative to the Prompts root, e.g. `flows/values.yaml`.
    public var file: String
    /// 1-based line; 0 when the problem concerns the file as a whole.
    public var line: Int
    /// 1-based column in characters; 0 when the problem concerns the line or file as a whole.
    public var column: Int
    public var message: String
    /// A "did you mean" or what to do, when there is something useful to say.
    public var hint: String?

    public init(_ code: DiagnosticCode, _ severity: Severity? = nil, file: String, line: Int, column: Int,
                message: String, hint: String? = nil) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `file:line:col: error[P007]: message`, as compilers print it.
    public var description: String {
        "\(file):\(line):\(column): \(severity.rawValue)[\(code.rawValue)]: \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// In file order, then by position, so output reads top to bottom.
    public func sortedByPosition() -> [Diagnostic] {
        sorted { ($0.file, $0.line, $0.column, $0.code.rawValue) < ($1.file, $1.line, $1.column, $1.code.rawValue) }
    }
}
