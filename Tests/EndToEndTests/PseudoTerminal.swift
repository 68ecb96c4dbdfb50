import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program under a pseudo-terminal, as a person at a terminal would: keys go in through
/// the master side, everything the program draws comes back.
final class PseudoTerminal {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor.debugDescription); got:\n\(screen.debugDescription)" }
    }

    let pid: pid_t
    private let master: Int32
    /// Everything the program wrote so far, as bytes (a read may end inside a UTF-8 sequence).
    private var bytes: [UInt8] = []
    /// Where the next `expect` starts looking.
    private var mark = 0
    private var exitStatus: Int32?

    init(_ path: String, arguments: [String] = [], environment: [String: String], columns: UInt16 = 100) throws {
        // Build every C string before forking: the child may only exec.
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var size = winsize(ws_row: 30, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let pid = forkpty(&master, nil, nil, &size)
        if pid < 0 { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        if pid == 0 {
            // Start the program as a login shell would: test-runner threads block signals, and
            // fork + exec would pass that mask on (Ctrl-C would then do nothing).
            var none = sigset_t()
            sigemptyset(&none)
            sigprocmask(SIG_SETMASK, &none, nil)
            signal(SIGINT, SIG_DFL)
            execve(path, argv, envp)
            _exit(127)
        }
        self.pid = pid
        self.master = master
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Types `keys` (UTF-8), e.g. "help\r", "\t", "\u{3}" for Ctrl-C, "\u{1B}[A" for Up.
    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Waits until `text` appears after the previous match; returns what came up to and including it.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        let needle = Array(text.utf8)
        while true {
            if let end = find(needle, from: mark) {
                let seen = String(decoding: bytes[mark..<end], as: UTF8.self)
                mark = end
                return seen
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 || !readMore(timeout: remaining) {
                throw Timeout(waitingFor: text, screen: unread)
            }
        }
    }

    /// Waits for `prompt`, then until the line editor has put the terminal into its editing mode.
    ///
    /// libedit writes the prompt a moment before it turns canonical mode off; a key that arrives in
    /// that moment is taken by the kernel's line discipline (a Ctrl-D there is lost). A person
    /// cannot type that fast; a test can, so it waits as a person would.
    @discardableResult
    func expectPrompt(_ prompt: String = "coach> ", timeout: TimeInterval = 15) throws -> String {
        let seen = try expect(prompt, timeout: timeout)
        let deadline = Date().addingTimeInterval(timeout)
        var settings = termios()
        while tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON) != 0 {
            if Date() > deadline { throw Timeout(waitingFor: "the editor's raw mode", screen: unread) }
            usleep(1_000)
        }
        return seen
    }

    /// Whether the program is still running.
    var isRunning: Bool {
        if exitStatus != nil { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            exitStatus = status
            return false
        }
        return true
    }

    /// Waits for the program to end and returns its exit code (or 128 + signal).
    func waitForExit(timeout: TimeInterval = 15) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while isRunning {
            if Date() > deadline {
                throw Timeout(waitingFor: "exit", screen: unread)
            }
            _ = readMore(timeout: 0.05)
        }
        let status = exitStatus!
        if status & 0x7F == 0 { return (status >> 8) & 0xFF }
        return 128 + (status & 0x7F)
    }

    /// Reads what is available; false when nothing came and nothing can come.
    private func readMore(timeout: TimeInterval) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(min(timeout, 0.2) * 1000))
        if ready <= 0 { return ready == 0 }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count <= 0 { return false }
        bytes += buffer[0..<count]
        return true
    }

    /// What came after the last match.
    var unread: String { String(decoding: bytes[mark...], as: UTF8.self) }

    /// The end of the first occurrence of `needle` at or after `start`.
    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count - start >= needle.count else { return nil }
        for index in start...(bytes.count - needle.count) where bytes[index] == needle[0] {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
        }
        return nil
    }
}
