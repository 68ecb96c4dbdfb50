import DialogueEngine

/// Finds the tags of a Mustache template with their positions, so the compiler can check every
/// variable and partial against what the render context supplies (swift-mustache renders a missing
/// name as empty text, silently).
struct TemplateScanner {
    struct Tag: Equatable {
        enum Kind: Equatable {
            case variable, sectionOpen, invertedOpen, sectionClose, partial, comment, pragma, delimiters
        }

        var kind: Kind
        var name: String
        /// 1-based line and column of the tag's `{{` within the template text.
        var line: Int
        var column: Int
        /// How many sections enclose the tag.
        var depth: Int
    }

    /// The tags in order; scanning stops at a delimiter change, which the checker then trusts.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        let characters = Array(text)
        var index = 0
        var line = 1
        var column = 1
        var depth = 0
        func advance(_ count: Int) {
            for _ in 0..<count where index < characters.count {
                if characters[index] == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                index += 1
            }
        }
        while index < characters.count {
            guard characters[index] == "{", index + 1 < characters.count, characters[index + 1] == "{" else {
                advance(1)
                continue
            }
            let (startLine, startColumn) = (line, column)
            var cursor = index + 2
            var triple = false
            if cursor < characters.count, characters[cursor] == "{" {
                triple = true
                cursor += 1
            }
            let closing: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var end = cursor
            while end + closing.count <= characters.count, Array(characters[end..<(end + closing.count)]) != closing {
                end += 1
            }
            guard end + closing.count <= characters.count else { break }
            var body = String(characters[cursor..<end]).trimmingWhitespace
            var kind = Tag.Kind.variable
            if !triple, let sigil = body.first {
                switch sigil {
                case "#": kind = .sectionOpen
                case "^": kind = .invertedOpen
                case "/": kind = .sectionClose
                case ">": kind = .partial
                case "!": kind = .comment
                case "%": kind = .pragma
                case "=": kind = .delimiters
                case "&": kind = .variable
                default: break
                }
                if sigil == "#" || sigil == "^" || sigil == "/" || sigil == ">" || sigil == "&" {
                    body = String(body.dropFirst()).trimmingWhitespace
                }
            }
            if kind == .sectionClose { depth = max(0, depth - 1) }
            tags.append(Tag(kind: kind, name: body, line: startLine, column: startColumn, depth: depth))
            if kind == .sectionOpen || kind == .invertedOpen { depth += 1 }
            advance(end + closing.count - index)
            if kind == .delimiters { break }
        }
        return tags
    }
}

extension TemplateScanner {
    /// The innermost section opened and never closed, if any.
    static func unclosedSection(in text: String) -> Tag? {
        var open: [Tag] = []
        for tag in tags(in: text) {
            switch tag.kind {
            case .sectionOpen, .invertedOpen: open.append(tag)
            case .sectionClose: if !open.isEmpty { open.removeLast() }
            default: break
            }
        }
        return open.last
    }
}
