import DialogueEngine

extension Compilation {
    static let catalogKeys = ["id", "title", "items"]
    static let itemKeys = ["id", "name", "definition", "synonyms", "tags", "details"]
    static let slotTypeWords: [String: ValueType] = [
        "text": .text, "number": .number, "yesno": .bool, "date": .date, "datetime": .dateTime, "list": .list(.text),
    ]

    func compileCatalogs(_ node: SourceNode) {
        guard node.isSequence else {
            sink.report(.wrongType, at: node, "'catalogs' must be a list of catalogs, found \(node.kindDescription).")
            return
        }
        for catalogNode in node.items {
            guard let reader = ShapeReader(catalogNode, as: "a catalog", keys: Compilation.catalogKeys, sink: sink),
                  let (id, idNode) = reader.text("id", required: true), checkID(id, at: idNode, what: "catalog") else { continue }
            let title = reader.text("title", required: true)?.value ?? id
            if catalogs[id] != nil {
                sink.report(.duplicateID, at: idNode, "there is already a catalog '\(id)'.", hint: "Give each catalog its own id.")
                continue
            }
            var items: [CatalogItem] = []
            for itemNode in reader.list("items", required: true) ?? [] {
                guard let item = ShapeReader(itemNode, as: "a catalog item", keys: Compilation.itemKeys, sink: sink),
                      let (itemID, itemIDNode) = item.text("id", required: true),
                      checkID(itemID, at: itemIDNode, what: "item") else { continue }
                if items.contains(where: { $0.id == itemID }) {
                    sink.report(.duplicateID, at: itemIDNode, "the catalog '\(id)' already has an item '\(itemID)'.")
                    continue
                }
                var details: [CatalogItem.Detail] = []
                if let detailsNode = item.value("details") {
                    if detailsNode.isMapping {
                        for (label, _, valueNode) in detailsNode.pairs {
                            guard let text = valueNode.text, valueNode.isScalar else {
                                sink.report(.wrongType, at: valueNode, "a detail must be text, found \(valueNode.kindDescription).")
                                continue
                            }
                            details.append(CatalogItem.Detail(label: label, text: text))
                        }
                    } else {
                        sink.report(.wrongType, at: detailsNode, "'details' must map labels to texts, found \(detailsNode.kindDescription).",
                                    hint: "For example: details: {Where to find them: alumni events}")
                    }
                }
                items.append(CatalogItem(
                    id: itemID,
                    name: item.text("name", required: true)?.value ?? itemID,
                    definition: item.text("definition", required: true)?.value ?? "",
                    synonyms: item.textList("synonyms")?.map(\.value) ?? [],
                    tags: item.textList("tags")?.map(\.value) ?? [],
                    details: details
                ))
            }
            catalogs[id] = Catalog(id: id, title: title, items: items)
        }
    }

    /// `slots:` declares slots that content reads before (or without) a flow asking them.
    func declareSlots(_ node: SourceNode) {
        guard node.isMapping else {
            sink.report(.wrongType, at: node, "'slots' must map slot names to types, found \(node.kindDescription).")
            return
        }
        for (name, keyNode, valueNode) in node.pairs {
            guard checkSlotName(name, at: keyNode) else { continue }
            guard let word = valueNode.text, let type = Compilation.slotTypeWords[word] else {
                let suggestion = valueNode.text.flatMap { EditDistance.nearest(to: $0, in: Array(Compilation.slotTypeWords.keys)) }
                sink.report(.invalidValue, at: valueNode, "'\(valueNode.text ?? "")' is not a slot type.",
                            hint: suggestion.map { "Did you mean '\($0)'?" }
                                ?? "Use one of: \(Compilation.slotTypeWords.keys.sorted().joined(separator: ", ")).")
                continue
            }
            if declaredSlots[name] != nil {
                sink.report(.duplicateID, at: keyNode, "the slot '\(name)' is declared twice.")
                continue
            }
            declaredSlots[name] = (type, keyNode)
        }
    }

    /// The options of a choice, multi-choice or rank question: `options:` or `catalog:`.
    func options(_ reader: ShapeReader) -> [ChoiceOption]? {
        if let (catalogID, catalogNode) = reader.text("catalog") {
            guard let catalog = catalogs[catalogID] else {
                let suggestion = EditDistance.nearest(to: catalogID, in: Array(catalogs.keys))
                sink.report(.unknownCatalog, at: catalogNode, "there is no catalog '\(catalogID)'.",
                            hint: suggestion.map { "Did you mean '\($0)'?" })
                return nil
            }
            return catalog.options
        }
        // Options taken wholly `from` earlier answers need no list of their own.
        if !reader.has("options"), reader.has("from") { return [] }
        guard let nodes = reader.list("options") else {
            sink.report(.missingKey, at: reader.node, "a choice question needs 'options', a 'catalog' or 'from'.")
            return nil
        }
        var options: [ChoiceOption] = []
        for node in nodes {
            if let text = node.text, node.isScalar {
                options.append(ChoiceOption(id: Compilation.slug(text), label: text))
            } else if let option = ShapeReader(node, as: "an option", keys: ["id", "label", "synonyms"], sink: sink),
                      let (label, _) = option.text("label", required: true) {
                let id = option.text("id")?.value ?? Compilation.slug(label)
                options.append(ChoiceOption(id: id, label: label, synonyms: option.textList("synonyms")?.map(\.value) ?? []))
            }
        }
        if options.isEmpty {
            sink.report(.invalidValue, at: reader.node, "a choice question needs at least one option.")
            return nil
        }
        return options
    }

    /// An id made from a label: `Career changer` → `career-changer`.
    static func slug(_ label: String) -> String {
        var slug = ""
        for character in label.lowercased() {
            if character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug
    }
}
