/// Stable codes for everything the Prompts compiler reports. Codes are never reused or renumbered:
/// editors and coaches' notes may refer to them. Prompts/README.md documents each with an example.
public enum DiagnosticCode: String, CaseIterable, Hashable, Sendable, Codable {
    /// The YAML cannot be parsed.
    case yamlSyntax = "P001"
    /// A key that this place does not take (with the nearest known key).
    case unknownKey = "P002"
    /// A required key is missing.
    case missingKey = "P003"
    /// A value of the wrong kind (a list where text is expected, a word where a number is).
    case wrongType = "P004"
    /// Two things of the same kind share an id.
    case duplicateID = "P005"
    /// A `call` or test names a flow that does not exist.
    case unknownFlow = "P006"
    /// A `goto` names a step that does not exist in its flow.
    case unknownStep = "P007"
    /// An expression or template reads a slot or fact that nothing provides.
    case unknownSlot = "P008"
    /// A `catalog:` or `item:` names a catalog or item that does not exist.
    case unknownCatalog = "P009"
    /// A template partial `{{> name}}` names a template file that does not exist.
    case unknownTemplate = "P010"
    /// A template variable that the render context cannot supply.
    case unknownVariable = "P011"
    /// A Mustache template cannot be parsed.
    case templateSyntax = "P012"
    /// An expression cannot be parsed.
    case expressionSyntax = "P013"
    /// An expression's types do not fit (e.g. `count(name) == 'three'`, or a `when:` that is not yes/no).
    case expressionType = "P014"
    /// A step that no path through the flow can reach.
    case unreachableStep = "P015"
    /// `goto` steps that loop without asking anything: the flow would never stop.
    case gotoCycle = "P016"
    /// A rule that can never fire because a slot its condition needs is never set.
    case ruleNeverFires = "P017"
    /// An `action` the host program does not provide.
    case unknownAction = "P018"
    /// A value outside what its key allows (an unknown slot type, `min` above `max`, an empty list).
    case invalidValue = "P019"
    /// A file that cannot be read, or a transcript that cannot be parsed.
    case unreadableFile = "P020"
    /// A `matches(text, 'pattern')` whose regular expression cannot be read.
    case invalidPattern = "P021"
    /// `a {{role}}` or `an {{role}}`: the article cannot know the word after it ("a intern").
    case articleBeforeName = "P022"
    /// `{{count}} years`: a number followed by a plural reads "1 years".
    case pluralAfterNumber = "P023"
    /// A wording that, filled for a profile under tests/, shows a seam (`Hi ,`, a doubled word): coach
    /// would pass over it for such a user.
    case wordingSeam = "P024"

    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .unreachableStep, .ruleNeverFires, .articleBeforeName, .pluralAfterNumber, .wordingSeam: return .warning
        default: return .error
        }
    }
}
