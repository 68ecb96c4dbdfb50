/// English names of weekdays and months, written out here because the engine may not use Foundation's
/// locale-dependent formatters: answers must read the same on every machine.
enum CalendarNames {
    /// Index 0 is Monday, matching `CalendarDate.weekday - 1`.
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// Index 0 is January.
    static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The ISO weekday (1 = Monday) for a full name, a three-letter abbreviation or a common longer one
    /// (`tues`, `thurs`), ignoring case.
    static func weekday(named word: String) -> Int? {
        let word = word.lowercased()
        if let index = weekdays.firstIndex(where: { $0.lowercased() == word || $0.lowercased().prefix(3) == word }) {
            return index + 1
        }
        let longer = ["tues": 2, "weds": 3, "thur": 4, "thurs": 4]
        return longer[word]
    }

    /// The month (1 = January) for a full name or a three-letter abbreviation (and `sept`), ignoring case.
    static func month(named word: String) -> Int? {
        let word = word.lowercased()
        if let index = months.firstIndex(where: { $0.lowercased() == word || $0.lowercased().prefix(3) == word }) {
            return index + 1
        }
        return word == "sept" ? 9 : nil
    }
}
