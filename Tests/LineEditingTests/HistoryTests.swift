import Foundation
import Testing
@testable import LineEditing

@Suite struct HistoryListTests {
    @Test func dropsBlankLinesAndConsecutiveDuplicates() {
        var list = HistoryList()
        let kept = ["help", "help", "   ", "quit", "help"].map { list.append($0) }
        #expect(kept == [true, false, false, true, true])
        #expect(list.entries == ["help", "quit", "help"])
    }

    @Test func keepsOnlyTheNewestEntriesUpToItsCapacity() {
        var list = HistoryList(capacity: 3)
        for number in 1...5 { list.append("line \(number)") }
        #expect(list.entries == ["line 3", "line 4", "line 5"])
        #expect(HistoryList.defaultCapacity == 1_000)
    }
}

@Suite struct HistoryFileFormatTests {
    @Test func encodesLikeLibedit() {
        let text = HistoryFileFormat.encode(["help quit", #"a\b"#, "café 日本"])
        #expect(text == "_HiStOrY_V2_\nhelp\\040quit\na\\134b\ncafé\\040日本\n")
    }

    @Test func roundTrips() {
        let entries = ["help quit", "tab\there", "new\nline", #"back\slash"#, "日本 café", "\\040 literal"]
        #expect(HistoryFileFormat.decode(HistoryFileFormat.encode(entries)) == entries)
    }

    @Test func readsPlainFilesToo() {
        #expect(HistoryFileFormat.decode("help\n\nquit") == ["help", "quit"])
    }
}

@Suite struct HistoryFileTests {
    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "coach-history-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func appendsAcrossInstancesWithPrivateModes() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/state/coach/history"
        try HistoryFile(path: path).append("help")
        try HistoryFile(path: path).append("help")
        try HistoryFile(path: path).append("café 日本")
        #expect(try HistoryFile(path: path).load().entries == ["help", "café 日本"])

        let fileMode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let directoryMode = try FileManager.default.attributesOfItem(atPath: root + "/state/coach")[.posixPermissions] as? Int
        #expect(fileMode == 0o600)
        #expect(directoryMode == 0o700)
    }

    @Test func isBounded() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = HistoryFile(path: root + "/history", capacity: 10)
        for number in 1...25 { try file.append("entry \(number)") }
        let entries = try file.load().entries
        #expect(entries.count == 10)
        #expect(entries.first == "entry 16")
        #expect(entries.last == "entry 25")
    }

    @Test func missingFileIsAnEmptyHistory() throws {
        #expect(try HistoryFile(path: "/nonexistent-\(UUID().uuidString)/history").load().entries == [])
    }

    @Test func unwritableLocationIsAnError() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        _ = FileManager.default.createFile(atPath: root + "/file", contents: Data())
        #expect(throws: HistoryFile.Failure.self) {
            try HistoryFile(path: root + "/file/history").append("help")
        }
    }

    @Test func defaultPathFollowsTheEnvironment() {
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/state/coach/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "/s"]) == "/s/coach/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "relative"])
            == "/home/u/.local/state/coach/history")
        #expect(HistoryFile.defaultPath(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "/s", "COACH_HISTORY": "/h"])
            == "/h")
        #expect(HistoryFile.defaultPath(environment: [:]) == nil)
    }
}
