import DialogueEngine

extension Compilation {
    static let ruleKeys = ["id", "group", "when", "salience", "then", "because"]
    static let ruleActionKinds = ["suggest", "tip", "say", "set"]

    /// Slots that rules set, and the groups that exist, before anything is checked.
    func collectRuleWrites(_ node: SourceNode) {
        for rule in node.items where rule.isMapping {
            ruleGroups.insert(rule["group"]?.text ?? "default")
            for action in rule["then"]?.items ?? [] {
                if let slot = action["set"]?.text, writtenSlots[slot] == nil { writtenSlots[slot] = .any }
            }
        }
        for rule in node.items where rule.isMapping {
            for action in rule["then"]?.items ?? [] {
                if let slot = action["set"]?.text, let value = action["value"] {
                    let type = quietType(of: value)
                    if type != .any { writtenSlots[slot] = type }
                }
            }
        }
    }

    func compileRules(_ node: SourceNode) -> [Rule] {
        guard node.isSequence else {
            sink.report(.wrongType, at: node, "'rules' must be a list of rules, found \(node.kindDescription).")
            return []
        }
        var rules: [Rule] = []
        for ruleNode in node.items {
            guard let reader = ShapeReader(ruleNode, as: "a rule", keys: Compilation.ruleKeys, sink: sink),
                  let (id, idNode) = reader.text("id", required: true), checkID(id, at: idNode, what: "rule") else { continue }
            if ruleIDs.contains(id) {
                sink.report(.duplicateID, at: idNode, "there is already a rule '\(id)'.", hint: "Give each rule its own id.")
                continue
            }
            ruleIDs.insert(id)
            let group = reader.text("group")?.value ?? "default"
            let salience = reader.integer("salience")?.value ?? 0
            let whenNode = reader.value("when", required: true)
            let condition = whenNode.flatMap { expression($0, key: "when", expecting: .bool) }
            let because = reader.value("because", required: true).flatMap { template($0, key: "because") }
            var actions: [Rule.Action] = []
            let actionNodes = reader.list("then", required: true) ?? []
            if reader.has("then"), actionNodes.isEmpty {
                sink.report(.invalidValue, at: reader.value("then")!, "a rule needs at least one action under 'then'.")
            }
            for actionNode in actionNodes {
                if let action = compileRuleAction(actionNode) { actions.append(action) }
            }
            guard let condition, let because, let whenNode else { continue }
            rules.append(Rule(id: id, group: group, condition: Condition(text: whenNode.text ?? "", expression: condition),
                              salience: salience, actions: actions, because: because, source: location(ruleNode)))
        }
        return rules
    }

    private func compileRuleAction(_ node: SourceNode) -> Rule.Action? {
        guard node.isMapping else {
            sink.report(.wrongType, at: node, "a rule action must be a mapping such as 'suggest: …', found \(node.kindDescription).")
            return nil
        }
        guard let kind = node.pairs.map(\.key).first(where: { Compilation.ruleActionKinds.contains($0) }) else {
            let first = node.pairs.first?.key ?? ""
            sink.report(.missingKey, at: node, "a rule action needs one of: \(Compilation.ruleActionKinds.joined(separator: ", ")).",
                        hint: EditDistance.nearest(to: first, in: Compilation.ruleActionKinds).map { "Did you mean '\($0)' instead of '\(first)'?" })
            return nil
        }
        let keys = kind == "suggest" ? ["suggest", "item"] : (kind == "set" ? ["set", "value"] : [kind])
        guard let reader = ShapeReader(node, as: "a '\(kind)' action", keys: keys, sink: sink) else { return nil }
        let value = reader.value(kind)!
        switch kind {
        case "suggest":
            guard let text = template(value, key: "suggest") else { return nil }
            var reference: CatalogItemReference?
            if let (itemText, itemNode) = reader.text("item") {
                reference = catalogItem(itemText, at: itemNode)
                if reference == nil { return nil }
            }
            return .suggest(text, item: reference)
        case "tip":
            return template(value, key: "tip").map { .tip($0) }
        case "say":
            return template(value, key: "say").map { .say($0) }
        default:
            guard let slot = value.text, checkSlotName(slot, at: value),
                  let valueNode = reader.value("value", required: true),
                  let expression = expression(valueNode, key: "value") else { return nil }
            return .set(slot: slot, value: expression)
        }
    }

    /// `catalog/item`, checked.
    private func catalogItem(_ text: String, at node: SourceNode) -> CatalogItemReference? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            sink.report(.invalidValue, at: node, "'item' must be written catalog/item, e.g. archetypes/mentor.")
            return nil
        }
        guard let catalog = catalogs[parts[0]] else {
            sink.report(.unknownCatalog, at: node, "there is no catalog '\(parts[0])'.",
                        hint: EditDistance.nearest(to: parts[0], in: Array(catalogs.keys)).map { "Did you mean '\($0)'?" })
            return nil
        }
        guard catalog.item(parts[1]) != nil else {
            sink.report(.unknownCatalog, at: node, "the catalog '\(parts[0])' has no item '\(parts[1])'.",
                        hint: EditDistance.nearest(to: parts[1], in: catalog.items.map(\.id)).map { "Did you mean '\($0)'?" })
            return nil
        }
        return CatalogItemReference(catalog: parts[0], item: parts[1])
    }

    func checkInferGroups() {
        for (group, node) in inferences where !ruleGroups.contains(group) {
            let suggestion = EditDistance.nearest(to: group, in: Array(ruleGroups))
            sink.report(.invalidValue, at: node, "no rule belongs to the group '\(group)', so 'infer' would do nothing.",
                        hint: suggestion.map { "Did you mean '\($0)'?" } ?? "Give some rules 'group: \(group)'.")
        }
    }

    /// A rule whose condition reads a declared slot that nothing ever sets cannot see it change.
    func checkRulesThatNeverFire(_ rules: [Rule]) {
        for rule in rules {
            for path in rule.condition.expression.paths where declaredSlots[path] != nil && writtenSlots[path] == nil {
                sink.report(Diagnostic(.ruleNeverFires, file: rule.source.file, line: rule.source.line, column: rule.source.column,
                                       message: "the rule '\(rule.id)' reads '\(path)', which no flow asks, sets or fills, "
                                           + "so its condition never sees a value for it.",
                                       hint: "Ask for '\(path)' in a flow, set it in a rule, or remove it from the condition."))
            }
        }
    }
}
