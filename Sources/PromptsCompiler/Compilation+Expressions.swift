import DialogueEngine

extension Compilation {
    /// The type of every name an expression may read: slots (written or declared) and facts.
    var pathTypes: [String: ValueType] {
        var types = host.facts
        for (name, declared) in declaredSlots { types[name] = declared.type }
        for (name, type) in writtenSlots { types[name] = type }
        return types
    }

    /// Parses and type-checks an expression written in a YAML scalar. With `expecting`, the whole
    /// must have that type (a `when:` must be yes/no).
    func expression(_ node: SourceNode, key: String, expecting: ValueType? = nil,
                    extraTypes: [String: ValueType] = [:]) -> Expression? {
        guard let text = node.text, node.isScalar else {
            sink.report(.wrongType, at: node, "'\(key)' must be an expression written as text, found \(node.kindDescription).")
            return nil
        }
        func column(_ offset: Int) -> Int {
            node.isSingleLineScalar ? node.contentColumn + offset - 1 : node.column
        }
        let parsed: Expression
        switch ExpressionParser.parse(text) {
        case let .failure(error):
            sink.report(.expressionSyntax, at: node, column: column(error.column), "in '\(key)': \(error.message).")
            return nil
        case let .success(expression):
            parsed = expression
        }
        let (type, problems) = ExpressionChecker.check(parsed, types: pathTypes.merging(extraTypes) { $1 },
                                                       catalogs: catalogs.keys.sorted())
        for problem in problems {
            switch problem {
            case let .unknownPath(path, range, suggestion):
                sink.report(.unknownSlot, at: node, column: column(range.start),
                            "'\(path)' is not a slot or fact that anything provides.",
                            hint: suggestion.map { "Did you mean '\($0)'?" }
                                ?? "Ask for it in a flow, set it, or declare it under 'slots:'.")
            case let .unknownCatalog(name, range, suggestion):
                sink.report(.unknownCatalog, at: node, column: column(range.start), "in '\(key)': there is no catalog '\(name)'.",
                            hint: suggestion.map { "Did you mean '\($0)'?" })
            case let .invalidPattern(reason, range):
                sink.report(.invalidPattern, at: node, column: column(range.start), "in '\(key)': the pattern cannot be read: \(reason).",
                            hint: "Patterns are regular expressions: escape ( ) [ ] . * + ? with a backslash to match them literally.")
            default:
                sink.report(.expressionType, at: node, column: column(problem.range.start), "in '\(key)': \(problem.message).")
            }
        }
        if let expecting, problems.isEmpty, !type.conforms(to: expecting) {
            sink.report(.expressionType, at: node, column: column(1),
                        "'\(key)' must be \(expecting == .bool ? "a yes/no condition" : "of type \(expecting)"), "
                            + "but this gives \(type).",
                        hint: expecting == .bool ? "Compare it with something, e.g. \(text) == 'value', or use exists(\(text))." : nil)
        }
        return problems.isEmpty ? parsed : nil
    }

    /// The type an expression gives, without reporting (for inferring the types of `set` slots).
    func quietType(of node: SourceNode) -> ValueType {
        guard let text = node.text, case let .success(expression) = ExpressionParser.parse(text) else { return .any }
        return ExpressionChecker.check(expression, types: pathTypes, catalogs: catalogs.keys.sorted()).type
    }

    func location(_ node: SourceNode) -> PromptLocation {
        PromptLocation(file: node.file, line: node.line, column: node.column)
    }

    /// Whether `name` can be a slot: expressions must be able to read it.
    func checkSlotName(_ name: String, at node: SourceNode) -> Bool {
        let valid = name.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        if !valid {
            sink.report(.invalidValue, at: node, "'\(name)' is not a usable slot name: use letters, digits and '_', "
                + "starting with a letter (e.g. target_role).")
        }
        return valid
    }

    /// Whether `id` is a usable id for a flow, step, rule, catalog or item.
    func checkID(_ id: String, at node: SourceNode, what: String) -> Bool {
        let valid = !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        if !valid {
            sink.report(.invalidValue, at: node, "'\(id)' is not a usable \(what) id: use letters, digits, '-' and '_'.")
        }
        return valid
    }
}
