import DialogueEngine

extension Compilation {
    /// Checks the shape of a compiled flow: steps nothing can reach (a warning) and `goto` loops
    /// that never ask anything (an error: the flow would spin without end).
    func analyse(_ builder: FlowBuilder) {
        let instructions = builder.instructions
        guard !instructions.isEmpty else { return }
        func successors(_ index: Int) -> [Int] {
            switch instructions[index].kind {
            case .end: return []
            case let .jump(target): return [target]
            case let .jumpUnless(_, target): return [index + 1, target]
            case let .eachNext(_, _, exit): return [index + 1, exit]
            default: return [index + 1]
            }
        }

        var reachable = Set<Int>()
        var stack = [0]
        while let index = stack.popLast() {
            guard index >= 0, index < instructions.count, reachable.insert(index).inserted else { continue }
            stack.append(contentsOf: successors(index))
        }
        let reachedSteps = Set(reachable.map { instructions[$0].step })
        var reported = Set<Int>()
        for instruction in instructions where !reachedSteps.contains(instruction.step) {
            let step = instruction.step
            guard reported.insert(step).inserted else { continue }
            let source = builder.stepLocations[step]
            sink.report(Diagnostic(.unreachableStep, file: source.file, line: source.line, column: source.column,
                                   message: "no path through the flow '\(builder.flowID)' reaches this step.",
                                   hint: "A 'goto' or 'end' above it always jumps away; give it an id and jump to it, or remove it."))
        }

        // Strongly connected components (Tarjan): a cycle through a goto with no question in it.
        var indexOf: [Int: Int] = [:], lowLink: [Int: Int] = [:], onStack = Set<Int>(), tarjanStack: [Int] = []
        var counter = 0
        var components: [[Int]] = []
        func connect(_ node: Int) {
            indexOf[node] = counter
            lowLink[node] = counter
            counter += 1
            tarjanStack.append(node)
            onStack.insert(node)
            for next in successors(node) where next >= 0 && next < instructions.count {
                if indexOf[next] == nil {
                    connect(next)
                    lowLink[node] = min(lowLink[node]!, lowLink[next]!)
                } else if onStack.contains(next) {
                    lowLink[node] = min(lowLink[node]!, indexOf[next]!)
                }
            }
            if lowLink[node] == indexOf[node] {
                var component: [Int] = []
                while let top = tarjanStack.popLast() {
                    onStack.remove(top)
                    component.append(top)
                    if top == node { break }
                }
                components.append(component)
            }
        }
        for node in instructions.indices where indexOf[node] == nil { connect(node) }
        for component in components {
            let isCycle = component.count > 1 || successors(component[0]).contains(component[0])
            guard isCycle, let goto = component.filter({ builder.gotoInstructions.contains($0) }).min() else { continue }
            let asks = component.contains { if case .ask = instructions[$0].kind { return true } else { return false } }
            guard !asks else { continue }
            let source = instructions[goto].source
            sink.report(Diagnostic(.gotoCycle, file: source.file, line: source.line, column: source.column,
                                   message: "this 'goto' loops back without asking anything, so the flow '\(builder.flowID)' would never stop.",
                                   hint: "Put an 'ask' inside the loop, or jump somewhere else."))
        }
    }
}
