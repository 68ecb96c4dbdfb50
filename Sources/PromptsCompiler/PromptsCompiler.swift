import DialogueEngine
import Mustache
import Yams

/// Turns the files of a Prompts directory into a runnable `Program` and every diagnostic at once.
///
/// Pure: it takes file contents (path relative to the Prompts root → text), never reads the disk.
/// The program is nil when any diagnostic is an error.
public enum PromptsCompiler {
    public struct Result: Sendable {
        public var program: Program?
        public var diagnostics: [Diagnostic]
        /// The ids of every flow declared, even when errors leave no program (transcripts are checked against it).
        public var declaredFlows: [String]
    }

    public static func compile(_ files: [String: String], host: HostInterface) -> Result {
        let compilation = Compilation(files: files, host: host)
        let program = compilation.run()
        let diagnostics = compilation.sink.diagnostics.sortedByPosition()
        return Result(program: diagnostics.hasErrors ? nil : program, diagnostics: diagnostics,
                      declaredFlows: compilation.flowNodes.map(\.id))
    }

    /// Whether a path is Prompts source the compiler reads (YAML or a template), as opposed to
    /// transcripts, documentation or stray files.
    public static func isSource(_ path: String) -> Bool {
        guard !path.hasPrefix("tests/") else { return false }
        return path.hasSuffix(".yaml") || path.hasSuffix(".yml") || (path.hasPrefix("templates/") && path.hasSuffix(".mustache"))
    }
}

/// The state of one compile.
final class Compilation {
    let files: [String: String]
    let host: HostInterface
    let sink = DiagnosticSink()

    var roots: [SourceNode] = []
    var library = MustacheLibrary()
    var templateNames: Set<String> = []
    var catalogs: [String: Catalog] = [:]
    /// Slots declared in `slots:` sections, with their types and where.
    var declaredSlots: [String: (type: ValueType, node: SourceNode)] = [:]
    /// Slots something writes (ask, set, action result, rule set), with their types.
    var writtenSlots: [String: ValueType] = [:]
    var askedTypes: [String: SlotType] = [:]
    var flowNodes: [(id: String, node: SourceNode)] = []
    var ruleGroups: Set<String> = []
    var ruleIDs: Set<String> = []
    /// `infer` steps, checked against the rule groups once all rules are read.
    var inferences: [(group: String, node: SourceNode)] = []
    /// Flow commands claimed so far, to the flow that claimed them.
    var flowCommands: [String: String] = [:]
    /// `collection/id` of every wording and check, to find duplicates.
    var wordingIDs: Set<String> = []

    init(files: [String: String], host: HostInterface) {
        self.files = files
        self.host = host
    }

    static let topLevelKeys = ["flows", "rules", "catalogs", "slots", "settings", "openers", "pitch", "linkedin", "critique",
                                "event_plan", "followups"]

    func run() -> Program {
        let sources = files.keys.sorted().filter(PromptsCompiler.isSource)
        for path in sources where path.hasSuffix(".mustache") {
            templateNames.insert(String(path.dropFirst("templates/".count).dropLast(".mustache".count)))
        }
        for path in sources where !path.hasSuffix(".mustache") { loadYAML(path, files[path]!) }
        for root in roots { root["catalogs"].map(compileCatalogs) }
        for root in roots { root["slots"].map(declareSlots) }
        for root in roots { root["flows"].map(collectFlows) }
        for root in roots { root["rules"].map(collectRuleWrites) }
        for (_, node) in flowNodes { collectWrites(inFlow: node) }
        // Template files are checked once every slot is known: they may use any of them.
        for path in sources where path.hasSuffix(".mustache") { loadTemplateFile(path, files[path]!) }

        var flows: [String: Flow] = [:]
        var order: [String] = []
        for (id, node) in flowNodes where flows[id] == nil {
            if let flow = compileFlow(node) {
                flows[id] = flow
                order.append(id)
            }
        }
        var rules: [Rule] = []
        for root in roots { if let node = root["rules"] { rules += compileRules(node) } }
        checkInferGroups()
        checkRulesThatNeverFire(rules)

        var settings = ContentSettings()
        for root in roots {
            guard let node = root["settings"] else { continue }
            let more = compileSettings(node)
            settings.numbers.merge(more.numbers) { _, new in new }
            settings.lengths += more.lengths
            settings.events += more.events
        }
        var wordings: [Wording] = []
        for collection in ["openers", "pitch", "linkedin", "event_plan", "followups"] {
            for root in roots { if let node = root[collection] { wordings += compileWordings(node, collection: collection, settings: settings) } }
        }
        var checks: [TextCheck] = []
        for root in roots { if let node = root["critique"] { checks += compileChecks(node) } }

        var slotTypes = writtenSlots
        for (name, declared) in declaredSlots where slotTypes[name] == nil { slotTypes[name] = declared.type }
        return Program(flows: flows, flowOrder: order, rules: rules, catalogs: catalogs, library: library,
                       slotTypes: slotTypes, askedTypes: askedTypes, facts: host.facts, wordings: wordings, checks: checks,
                       settings: settings)
    }

    // MARK: Files

    private func loadYAML(_ path: String, _ text: String) {
        do {
            guard let node = try Yams.compose(yaml: text) else { return }
            let root = SourceNode(node: node, file: path)
            // Reports unknown top-level keys; a root that is not a mapping is reported and skipped.
            guard ShapeReader(root, as: "a Prompts file", keys: Compilation.topLevelKeys, sink: sink) != nil else { return }
            roots.append(root)
        } catch let error as YamlError {
            sink.report(yamlDiagnostic(error, file: path))
        } catch {
            sink.report(Diagnostic(.yamlSyntax, file: path, line: 1, column: 1, message: "\(error)"))
        }
    }

    private func yamlDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, yaml), let .parser(context, problem, mark, yaml),
             let .composer(context, problem, mark, yaml):
            // At the end of the file, the place where the unfinished construct began says more.
            let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
            let atEnd = mark.line >= lines.count && (lines.last?.isEmpty ?? true)
            if let context, atEnd {
                return Diagnostic(.yamlSyntax, file: file, line: context.mark.line, column: context.mark.column,
                                  message: "\(Compilation.construct(context.text)) that starts here is never finished (\(problem)).")
            }
            var message = problem
            if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
            return Diagnostic(.yamlSyntax, file: file, line: mark.line, column: mark.column, message: message + ".")
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(.duplicateID, file: file, line: context.mark.line, column: context.mark.column,
                              message: "the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears twice in one mapping.",
                              hint: "Keep one of them.")
        case let .reader(problem, _, _, _):
            return Diagnostic(.yamlSyntax, file: file, line: 1, column: 1, message: problem + ".")
        default:
            return Diagnostic(.yamlSyntax, file: file, line: 1, column: 1, message: "\(error)")
        }
    }

    /// "while scanning a quoted scalar" → "a quoted scalar".
    static func construct(_ context: String) -> String {
        for prefix in ["while scanning ", "while parsing "] where context.hasPrefix(prefix) {
            return String(context.dropFirst(prefix.count))
        }
        return context
    }

    private func loadTemplateFile(_ path: String, _ text: String) {
        let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
        if let template = parseTemplate(text, origin: .file(path)) {
            library.register(template.template, named: name)
        }
    }
}
