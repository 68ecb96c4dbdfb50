/// What one typed line means as the answer to a question: a value to store, a value to confirm first
/// (a close misspelling), or the reason it cannot be used.
///
/// The engine decides what to do next; the interpreter only reads, so it stays a pure function of
/// (line, slot type, today).
public enum Interpretation: Hashable, Sendable {
    /// A valid answer, ready to store.
    case value(Value)
    /// A probable answer that the user should confirm with yes or no before it is stored, because part
    /// of it was a guess (e.g. `autonmy` for Autonomy).
    case confirm(Value, question: String)
    /// Not an answer; `InvalidAnswer.message` says what to type instead.
    case invalid(InvalidAnswer)
}
