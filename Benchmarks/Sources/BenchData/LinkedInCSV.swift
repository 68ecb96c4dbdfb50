/// A generated network as LinkedIn's Connections.csv: its notes before the header, the current header
/// with URLs, RFC 4180 quoting where a field holds a comma or a quote, blank emails where people hid them.
public enum LinkedInCSV {
    /// The lines before the header, as LinkedIn writes them (`sqlite3 .import --skip` passes over them).
    public static let preamble = [
        "Notes:",
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261\"",
        "",
    ]
    public static let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"

    public static func csv(_ network: Network) -> String {
        var lines = preamble + [header]
        lines.reserveCapacity(network.contacts.count + 4)
        for contact in network.contacts {
            let fields = [contact.firstName, contact.lastName, contact.url ?? "", contact.email ?? "", contact.company ?? "",
                          contact.position ?? "", contact.connectedOn?.linkedIn ?? ""]
            lines.append(fields.map(field).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
