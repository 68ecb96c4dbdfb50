/// The fields of `Person` that one change sets (nil: untouched), so a save writes only those.
public struct PersonChanges: Hashable, Sendable {
    public var name: String?
    public var stage: Stage?
    public var field: String?
    public var school: String?

    public init(name: String? = nil, stage: Stage? = nil, field: String? = nil, school: String? = nil) {
        self.name = name
        self.stage = stage
        self.field = field
        self.school = school
    }

    /// What differs from `old` to `new`.
    public init(from old: Person, to new: Person) {
        name = new.name != old.name ? new.name : nil
        stage = new.stage != old.stage ? new.stage : nil
        field = new.field != old.field ? new.field : nil
        school = new.school != old.school ? new.school : nil
    }

    public var isEmpty: Bool { self == PersonChanges() }
}
