import DialogueEngine
import Mustache

extension Compilation {
    /// Where a template's text comes from, to point diagnostics at the right place.
    enum TemplateOrigin {
        /// A whole `.mustache` file.
        case file(String)
        /// A YAML scalar.
        case scalar(SourceNode)
    }

    /// Transforms templates may apply: `{{lowercased(values.top_names)}}`, `{{#first(goals.active)}}`.
    static let templateTransforms: Set<String> = ["lowercased", "uppercased", "capitalized", "first", "last", "count", "empty",
                                                  "alternatives", "a", "upper_first", "lower_first", "s"]

    /// The pragma that makes swift-mustache render plain text: nothing is HTML-escaped.
    static let textPragma = "{{% CONTENT_TYPE: TEXT}}"

    /// Parses and checks a template: Mustache syntax, partials that exist, and variables the render
    /// context can supply (`extraNames` are supplied by the place it is used, e.g. `problem`).
    func parseTemplate(_ text: String, origin: TemplateOrigin, extraNames: Set<String> = [],
                       extraTypes: [String: ValueType] = [:]) -> Template? {
        let parsed: MustacheTemplate
        do {
            parsed = try MustacheTemplate(string: Compilation.textPragma + text)
        } catch let error as MustacheTemplate.ParserError {
            let context = error.context
            var (line, column) = (context.lineNumber, context.columnNumber)
            if line == 1 { column = max(1, column - Compilation.textPragma.count) }
            // swift-mustache reports an unclosed section at the end of the text: point at its opening tag.
            if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let open = TemplateScanner.unclosedSection(in: text) {
                (line, column) = (open.line, open.column)
            }
            let (file, sourceLine, sourceColumn) = position(origin, line: line, column: column)
            sink.report(Diagnostic(.templateSyntax, file: file, line: sourceLine, column: sourceColumn,
                                   message: "the template cannot be read: \(describe(error.error)).",
                                   hint: "Check that every {{#section}} has a matching {{/section}} and every tag ends with }}."))
            return nil
        } catch {
            let (file, line, col) = position(origin, line: 1, column: 1)
            sink.report(Diagnostic(.templateSyntax, file: file, line: line, column: col, message: "the template cannot be read: \(error)."))
            return nil
        }
        checkTags(text, origin: origin, extraNames: extraNames)
        checkGrammar(text, origin: origin, extraTypes: extraTypes)
        return Template(source: text, template: parsed)
    }

    private func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a {{/…}} closes a section that is not the one open"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "a delimiter change is malformed"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a {{% pragma}} is not understood"
        default: return "\(error)"
        }
    }

    /// File, line and column in the Prompts source of a position inside a template.
    func position(_ origin: TemplateOrigin, line: Int, column: Int) -> (String, Int, Int) {
        switch origin {
        case let .file(path):
            return (path, line, column)
        case let .scalar(node):
            if line == 1 && node.isSingleLineScalar { return (node.file, node.line, node.contentColumn + column - 1) }
            if node.isSingleLineScalar { return (node.file, node.line, node.column) }
            // A block scalar (| or >) starts on the line after its indicator.
            let isBlock = node.node.scalar.map { $0.style == .literal || $0.style == .folded } ?? false
            return (node.file, node.line + (isBlock ? line : line - 1), isBlock ? column + node.column - 1 : column)
        }
    }

    /// The names a template can use: every slot, every fact, and `extra`.
    func knownTemplateNames(_ extra: Set<String>) -> [String] {
        Array(Set(writtenSlots.keys).union(declaredSlots.keys).union(host.facts.keys).union(extra)).sorted()
    }

    private func checkTags(_ text: String, origin: TemplateOrigin, extraNames: Set<String>) {
        let known = knownTemplateNames(extraNames)
        let knownSet = Set(known)
        // A section may open a dotted prefix of facts, e.g. {{#profile}}.
        let prefixes = Set(known.flatMap { name -> [String] in
            let parts = name.split(separator: ".")
            return (1..<max(1, parts.count)).map { parts.prefix($0).joined(separator: ".") }
        })
        for tag in TemplateScanner.tags(in: text) {
            let (file, line, column) = position(origin, line: tag.line, column: tag.column)
            switch tag.kind {
            case .partial:
                guard !templateNames.contains(tag.name) else { continue }
                let suggestion = EditDistance.nearest(to: tag.name, in: Array(templateNames))
                sink.report(Diagnostic(.unknownTemplate, file: file, line: line, column: column,
                                       message: "there is no template '\(tag.name)' (templates/\(tag.name).mustache).",
                                       hint: suggestion.map { "Did you mean '\($0)'?" }))
            case .variable, .sectionOpen, .invertedOpen:
                // `lowercased(name)`: a transform the renderer knows, around the name to check.
                var name = tag.name
                if let open = name.firstIndex(of: "("), name.hasSuffix(")") {
                    let transform = String(name[..<open])
                    guard Compilation.templateTransforms.contains(transform) else {
                        let suggestion = EditDistance.nearest(to: transform, in: Compilation.templateTransforms.sorted())
                        sink.report(Diagnostic(.unknownVariable, file: file, line: line, column: column,
                                               message: "the template uses the transform '\(transform)', which does not exist.",
                                               hint: suggestion.map { "Did you mean '\($0)'?" }
                                                   ?? "Transforms: \(Compilation.templateTransforms.sorted().joined(separator: ", "))."))
                        continue
                    }
                    name = String(name[name.index(after: open)..<name.index(before: name.endIndex)]).trimmingWhitespace
                }
                // Inside a section, names may belong to the list item being rendered.
                guard tag.depth == 0, name != ".", !name.isEmpty else { continue }
                guard !knownSet.contains(name), !prefixes.contains(name) else { continue }
                let suggestion = EditDistance.nearest(to: name, in: known)
                sink.report(Diagnostic(.unknownVariable, file: file, line: line, column: column,
                                       message: "the template uses '\(name)', which no slot or fact supplies.",
                                       hint: suggestion.map { "Did you mean '\($0)'?" }
                                           ?? "Ask for it in a flow, set it, or declare it under 'slots:'."))
            default:
                continue
            }
        }
    }

    /// A template from a YAML scalar; reports a wrong shape.
    func template(_ node: SourceNode, key: String, extraNames: Set<String> = [], extraTypes: [String: ValueType] = [:]) -> Template? {
        guard let text = node.text, node.isScalar else {
            sink.report(.wrongType, at: node, "'\(key)' must be text, found \(node.kindDescription).")
            return nil
        }
        return parseTemplate(text, origin: .scalar(node), extraNames: extraNames.union(extraTypes.keys), extraTypes: extraTypes)
    }

    /// Articles and plurals a template cannot get right as written: `a {{role}}` (P022) and
    /// `{{count}} years` where count is a number (P023).
    private func checkGrammar(_ text: String, origin: TemplateOrigin, extraTypes: [String: ValueType]) {
        let types = pathTypes.merging(extraTypes) { $1 }
        func report(_ code: DiagnosticCode, at offset: String.Index, _ message: String, hint: String) {
            let before = text[..<offset]
            let line = before.filter { $0 == "\n" }.count + 1
            let column = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
            let (file, sourceLine, sourceColumn) = position(origin, line: line, column: column)
            sink.report(Diagnostic(code, file: file, line: sourceLine, column: sourceColumn, message: message, hint: hint))
        }
        for match in text.matches(of: /(?<article>\b[Aa]n?) \{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_.]*)\s*\}\}/) {
            let name = String(match.output.name)
            report(.articleBeforeName, at: match.range.lowerBound,
                   "'\(match.output.article) {{\(name)}}' cannot fit every value: it reads 'a intern' or 'an designer'.",
                   hint: "Write {{a(\(name))}}: it picks 'a' or 'an' for the word that comes.")
        }
        for match in text.matches(of: /\{\{\s*(?<name>[A-Za-z_][A-Za-z0-9_.]*)\s*\}\}(?<space>\s+)(?<word>[A-Za-z]+s)\b/) {
            let name = String(match.output.name)
            guard types[name] == .number else { continue }
            let word = String(match.output.word)
            report(.pluralAfterNumber, at: match.output.word.startIndex,
                   "'{{\(name)}} \(word)' reads '1 \(word)' when \(name) is 1.",
                   hint: "Write {{\(name)}} \(word.dropLast()){{s(\(name))}}: it adds the 's' unless the number is 1.")
        }
    }
}
