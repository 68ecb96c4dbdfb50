extension AnswerInterpreter {
    /// `next thursday 6pm`, `6:30pm on friday`, `dec 3 at 18:00`, `2026-12-03T18:00`, `tomorrow noon`.
    /// A time alone (`7pm`) means today. The date part is read as `date` questions read it.
    static func interpretDateTime(_ input: String, today: CalendarDate) -> Interpretation {
        if let moment = LocalDateTime(iso: input.trimmingSpaces) { return .value(.dateTime(moment)) }
        var words = input.lowercased()
            .split(whereSeparator: { $0.isWhitespace || $0 == "," })
            .map(String.init)
        guard !words.isEmpty else { return .invalid(.empty) }
        // "tonight 7pm", "this evening at 6": today.
        if words.first == "tonight" { words[0] = "today" }
        if words.count >= 2, words[0] == "this", ["evening", "morning", "afternoon"].contains(words[1]) {
            words.replaceSubrange(0...1, with: ["today"])
        }
        var time: (hour: Int, minute: Int)?
        var badTime = false
        // The time at the end (`next thursday 6pm`), else at the start (`6pm next thursday`).
        for atEnd in [true, false] where time == nil && !badTime {
            switch readTime(words, atEnd: atEnd) {
            case let .time(hour, minute, used):
                time = (hour, minute)
                if atEnd { words.removeLast(used) } else { words.removeFirst(used) }
                // `… at 6pm`, `6pm on friday`.
                if atEnd, words.last == "at" { words.removeLast() }
                if !atEnd, words.first == "on" { words.removeFirst() }
            case .noSuchTime:
                badTime = true
            case .none:
                break
            }
        }
        if badTime { return .invalid(.notADateTime(input, reason: .noSuchTime)) }
        let dateText = words.joined(separator: " ")
        var date: CalendarDate
        if dateText.isEmpty {
            guard time != nil else { return .invalid(.notADateTime(input, reason: .unreadable)) }
            date = today
        } else {
            switch readDate(dateText, today: today, past: false) {
            case let .date(found):
                date = found
                // "dec 1 6pm" a few days after December 1st is the one just gone (an event to debrief), not
                // next year's: a month and day without a year mean the nearer of the two.
                let named = words.contains { CalendarNames.month(named: $0) != nil }
                let year = words.contains { $0.count == 4 && $0.allSatisfy(\.isNumber) }
                if named, !year, case let .date(before) = readDate(dateText, today: today, past: true),
                   today.dayNumber - before.dayNumber < found.dayNumber - today.dayNumber {
                    date = before
                }
            case .noSuchDay: return .invalid(.notADateTime(input, reason: .noSuchDay))
            case .unreadable: return .invalid(.notADateTime(input, reason: .unreadable))
            }
        }
        guard let time else { return .invalid(.notADateTime(input, reason: .noTime)) }
        return .value(.dateTime(LocalDateTime(date: date, hour: time.hour, minute: time.minute)!))
    }

    private enum TimeReading {
        case time(hour: Int, minute: Int, words: Int)
        case noSuchTime
        case none
    }

    /// A time in the last (or first) one or two words: `6pm`, `6 pm`, `6:30pm`, `6.30 p.m.`, `18:00`,
    /// `noon`, `midnight`.
    private static func readTime(_ words: [String], atEnd: Bool) -> TimeReading {
        guard let edge = atEnd ? words.last : words.first else { return .none }
        if edge == "noon" || edge == "midday" { return .time(hour: 12, minute: 0, words: 1) }
        if edge == "midnight" { return .time(hour: 0, minute: 0, words: 1) }
        let meridiems = ["am": false, "a.m.": false, "a.m": false, "pm": true, "p.m.": true, "p.m": true]
        // `6 pm`: the number before the meridiem word (or after, for the start: `6 pm friday`).
        if words.count >= 2 {
            let (number, marker) = atEnd ? (words[words.count - 2], edge) : (edge, words[1])
            if let afternoon = meridiems[marker] {
                guard let (hour, minute) = clock(number), let converted = twelveHour(hour, minute, afternoon) else {
                    return clock(number) == nil ? .none : .noSuchTime
                }
                return .time(hour: converted.0, minute: converted.1, words: 2)
            }
        }
        for (marker, afternoon) in meridiems where edge.hasSuffix(marker) && edge.count > marker.count {
            let number = String(edge.dropLast(marker.count))
            guard let (hour, minute) = clock(number) else { return .none }
            guard let converted = twelveHour(hour, minute, afternoon) else { return .noSuchTime }
            return .time(hour: converted.0, minute: converted.1, words: 1)
        }
        // `18:00`, `9:30`: a 24-hour clock needs its minutes.
        if edge.contains(":"), let (hour, minute) = clock(edge) {
            guard hour < 24, minute < 60 else { return .noSuchTime }
            return .time(hour: hour, minute: minute, words: 1)
        }
        return .none
    }

    /// `6`, `6:30`, `6.30`, `18:00` as hour and minute, unchecked.
    private static func clock(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: text.contains(":") ? ":" : ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), (1...2).contains(parts[0].count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]) else { return nil }
        if parts.count == 2 {
            guard parts[1].count == 2, let minute = Int(parts[1]) else { return nil }
            return (hour, minute)
        }
        return (hour, 0)
    }

    /// 12am is midnight, 12pm noon; `13pm` and `6:75pm` are no times.
    private static func twelveHour(_ hour: Int, _ minute: Int, _ afternoon: Bool) -> (Int, Int)? {
        guard (1...12).contains(hour), minute < 60 else { return nil }
        return ((hour % 12) + (afternoon ? 12 : 0), minute)
    }

    // MARK: Durations

    /// `90` (minutes), `90 min`, `2 hours`, `2h`, `1h30`, `1:30`, `1.5 hours`, `an hour`, `half an hour`,
    /// `an hour and a half`, `2 hours 15 minutes`: a whole number of minutes.
    static func interpretDuration(_ input: String, min: Int?, max: Int?) -> Interpretation {
        guard let minutes = readDuration(input.lowercased()), minutes > 0 else { return .invalid(.notADuration(input)) }
        if let min, minutes < min { return .invalid(.durationOutOfRange(minutes, min: min, max: max)) }
        if let max, minutes > max { return .invalid(.durationOutOfRange(minutes, min: min, max: max)) }
        return .value(.number(Double(minutes)))
    }

    private static func readDuration(_ text: String) -> Int? {
        var text = " " + text.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
        for (phrase, replacement) in [(" an hour and a half ", " 90 minutes "), (" one hour and a half ", " 90 minutes "),
                                      (" half an hour ", " 30 minutes "), (" half hour ", " 30 minutes "),
                                      (" and a half hours ", ".5 hours "), (" hours and a half ", ".5 hours "), (" and ", " ")] {
            text = text.replacingAll(phrase, with: replacement)
        }
        let trimmed = text.trimmingSpaces
        // `1:30`: hours and minutes.
        if trimmed.contains(":") {
            let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, let hours = Int(parts[0]), parts[1].count == 2, let minutes = Int(parts[1]), minutes < 60 else { return nil }
            return hours * 60 + minutes
        }
        // Split into numbers and words: `1h30` → 1, h, 30.
        var tokens: [String] = []
        var current = ""
        var currentIsNumber = false
        for character in trimmed {
            let isNumber = character.isASCII && (character.isNumber || character == ".")
            if character == " " {
                if !current.isEmpty { tokens.append(current) }
                current = ""
                continue
            }
            if !current.isEmpty && isNumber != currentIsNumber {
                tokens.append(current)
                current = ""
            }
            current.append(character)
            currentIsNumber = isNumber
        }
        if !current.isEmpty { tokens.append(current) }
        guard !tokens.isEmpty else { return nil }
        let hourWords: Set<String> = ["h", "hr", "hrs", "hour", "hours"]
        let minuteWords: Set<String> = ["m", "min", "mins", "minute", "minutes"]
        var total = 0.0
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            let amount: Double
            if let number = Double(token), !token.hasPrefix("."), !token.hasSuffix(".") {
                amount = number
            } else if let count = countWords[token] {
                amount = Double(count)
            } else {
                return nil
            }
            index += 1
            let unit = index < tokens.count ? tokens[index] : nil
            if let unit, hourWords.contains(unit) {
                total += amount * 60
                index += 1
            } else if let unit, minuteWords.contains(unit) {
                total += amount
                index += 1
            } else if unit == nil {
                // A bare number: minutes (`90`), or the minutes after hours (`1h30`).
                guard amount == amount.rounded() else { return nil }
                total += amount
            } else {
                return nil
            }
        }
        return total < 100_000 ? Int(total.rounded()) : nil
    }

    /// `90 minutes` → "1 hour 30 minutes", for echoing an answer.
    public static func describeDuration(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        var parts: [String] = []
        if hours > 0 { parts.append(hours == 1 ? "1 hour" : "\(hours) hours") }
        if rest > 0 || hours == 0 { parts.append(rest == 1 ? "1 minute" : "\(rest) minutes") }
        return parts.joined(separator: " ")
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
