/// A generated network as a `coach export --format json` document (format version 1, the keys the README
/// documents), with a fixed user around it: `coach import json FILE` loads it into a profile.
public enum ProfileDocument {
    public static func json(_ network: Network) -> String {
        var out = JSONWriter()
        out.object {
            $0.field("format", "coach-profile")
            $0.field("version", 1)
            $0.object("person") {
                $0.field("name", "Ana Example")
                $0.field("stage", "student")
                $0.field("field", "computer science")
                $0.field("school", Network.school)
            }
            $0.array("values") { list in
                let values = [("autonomy", "Autonomy", "Choosing how I work"), ("responsibility", "Responsibility", "Owning outcomes"),
                              ("creativity", "Creativity", "Building new things"), ("flexibility", "Flexibility", "Choosing my hours"),
                              ("independence", "Independence", "Working on my own")]
                for (rank, value) in values.enumerated() {
                    list.object {
                        $0.field("id", value.0)
                        $0.field("name", value.1)
                        $0.field("pile", "very-important")
                        $0.field("rank", rank + 1)
                        $0.field("meaning", value.2)
                    }
                }
            }
            $0.array("goals") { list in
                list.object {
                    $0.field("id", "g1")
                    $0.field("text", "Land a product management internship at Globex, Initech or Hooli")
                    $0.field("horizon", "short")
                    $0.field("role", "Product manager")
                    $0.field("field", "product management")
                    $0.strings("organizations", Network.goalOrganizations)
                    $0.field("deadline", "2027-06-30")
                    $0.field("measure", "an offer")
                    $0.field("status", "active")
                }
                list.object {
                    $0.field("id", "g2")
                    $0.field("text", "Lead a product team at a fintech company")
                    $0.field("horizon", "long")
                    $0.field("role", "Head of product")
                    $0.field("field", "fintech")
                    $0.strings("organizations", [])
                    $0.field("deadline", "2031-06-30")
                    $0.field("measure", "a team of five")
                    $0.field("status", "active")
                }
            }
            $0.array("strengths") { list in
                for (rank, strength) in [("curiosity", "Curiosity"), ("judgment", "Judgment"), ("creativity", "Creativity")].enumerated() {
                    list.object {
                        $0.field("id", strength.0)
                        $0.field("name", strength.1)
                        $0.field("rank", rank + 1)
                        $0.array("stories") { stories in
                            stories.object {
                                $0.field("situation", "Our team's app lost users after a redesign")
                                $0.field("task", "Find out why within a week")
                                $0.field("action", "Interviewed ten users and read the support tickets")
                                $0.field("result", "We restored two screens; retention came back within a month")
                            }
                        }
                    }
                }
            }
            $0.array("skills") { list in
                for skill in ["SQL", "Swift", "User interviews"] { list.object { $0.field("name", skill) } }
            }
            $0.array("experiences") { list in
                list.object {
                    $0.field("organization", "Acme")
                    $0.field("role", "Software engineering intern")
                    $0.field("industry", "retail")
                    $0.field("start", "2025-06-01")
                    $0.field("end", "2025-08-31")
                    $0.strings("highlights", ["Shipped the checkout A/B test", "Wrote the team's first SQL dashboards"])
                    $0.field("kind", "internship")
                }
            }
            $0.array("contacts") { list in
                for contact in network.contacts {
                    list.object {
                        $0.field("id", contact.id)
                        $0.field("firstName", contact.firstName)
                        $0.field("lastName", contact.lastName)
                        $0.field("company", contact.company)
                        $0.field("position", contact.position)
                        $0.field("url", contact.url)
                        $0.field("email", contact.email)
                        $0.field("phone", contact.phone)
                        $0.field("howMet", contact.howMet)
                        $0.strings("tags", contact.tags)
                        $0.field("notes", contact.notes)
                        $0.field("connectedOn", contact.connectedOn?.iso)
                        $0.field("lastInteraction", contact.lastInteraction?.iso)
                        $0.field("cadenceDays", contact.cadenceDays)
                        $0.field("source", "linkedin")
                    }
                }
            }
            $0.array("events") { list in
                for event in network.events {
                    list.object {
                        $0.field("id", event.id)
                        $0.field("name", event.name)
                        $0.field("kind", event.kind)
                        $0.field("start", "\(event.start.iso)T\(Day.twoDigits(event.hour)):00:00Z")
                        $0.field("durationMinutes", event.durationMinutes)
                        $0.field("place", event.place)
                        $0.field("aim", event.aim)
                        $0.strings("expected", event.expected)
                    }
                }
            }
            $0.array("interactions") { list in
                for interaction in network.interactions {
                    list.object {
                        $0.field("contactId", interaction.contactId)
                        $0.field("eventId", interaction.eventId)
                        $0.field("date", interaction.date.iso)
                        $0.field("notes", interaction.notes)
                    }
                }
            }
            $0.array("followUps") { list in
                for followUp in network.followUps {
                    list.object {
                        $0.field("id", followUp.id)
                        $0.field("contactId", followUp.contactId)
                        $0.field("due", followUp.due.iso)
                        $0.field("message", followUp.message)
                        $0.field("done", followUp.done)
                    }
                }
            }
            $0.array("pitches") { list in
                list.object {
                    $0.field("id", "p1")
                    $0.field("text", "Hi, I'm Ana, a computer-science student who turns user interviews into product decisions.")
                    $0.field("seconds", 30)
                    $0.field("audience", "recruiter")
                    $0.field("created", "2026-11-01T09:30:00Z")
                }
            }
        }
        return out.text + "\n"
    }
}

/// Just enough JSON writing for `ProfileDocument`: objects, arrays, strings, numbers, booleans and null.
struct JSONWriter {
    private(set) var text = ""
    private var first = true

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        separate()
        text += "{"
        first = true
        body(&self)
        text += "}"
        first = false
    }

    mutating func object(_ key: String, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        text += "{"
        first = true
        body(&self)
        text += "}"
        first = false
    }

    mutating func array(_ key: String, _ body: (inout JSONWriter) -> Void) {
        self.key(key)
        text += "["
        first = true
        body(&self)
        text += "]"
        first = false
    }

    mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        text += value.map(Self.quoted) ?? "null"
    }

    mutating func field(_ key: String, _ value: Int?) {
        self.key(key)
        text += value.map(String.init) ?? "null"
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        text += value ? "true" : "false"
    }

    mutating func strings(_ key: String, _ values: [String]) {
        self.key(key)
        text += "[" + values.map(Self.quoted).joined(separator: ",") + "]"
    }

    private mutating func key(_ key: String) {
        separate()
        text += Self.quoted(key) + ":"
    }

    private mutating func separate() {
        if !first { text += "," }
        first = false
    }

    static func quoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
