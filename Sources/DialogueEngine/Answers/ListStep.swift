/// The outcome of one line typed while a list question collects its items.
///
/// Each step returns the whole list so far rather than the one new item, so the engine never has to
/// repeat the list's rules (limits, duplicates) when it appends.
public enum ListStep: Hashable, Sendable {
    /// The item was taken; ask for another. Holds every item so far.
    case more([Value])
    /// The list is complete, because the user typed an empty line or the last allowed item.
    /// Holds every item, to be stored as `.list`.
    case done([Value])
    /// The line was not taken; the items so far are unchanged.
    case invalid(InvalidAnswer)
}
