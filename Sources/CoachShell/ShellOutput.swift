#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CEditLine

/// Where the shell's text goes. The shell never writes to file descriptors itself, so tests can
/// capture everything it says.
public protocol TextSink: AnyObject {
    func write(_ text: String, error: Bool)
}

/// The process's standard output and standard error.
public final class StandardStreams: TextSink {
    public init() {}

    public func write(_ text: String, error: Bool) {
        writeAll(error ? STDERR_FILENO : STDOUT_FILENO, text)
    }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    public static func terminalColumns() -> Int? {
        let columns = Int(coach_terminal_columns(STDOUT_FILENO))
        return columns > 0 ? columns : nil
    }
}

private func writeAll(_ fd: Int32, _ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
        let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { continue }
            return
        }
        bytes = bytes.dropFirst(count)
    }
}

/// Collects everything written, for tests.
public final class CapturedText: TextSink {
    public private(set) var output = ""
    public private(set) var errors = ""
    /// Both streams interleaved in the order written.
    public private(set) var combined = ""

    public init() {}

    public func write(_ text: String, error: Bool) {
        if error { errors += text } else { output += text }
        combined += text
    }
}

/// The shell's view of its terminal: where text goes, how wide it may be, and how it is coloured.
public struct ShellOutput {
    public let sink: TextSink
    public let styler: Styler
    /// The current width to wrap at; nil for no wrapping. Asked on every print, so a resized
    /// terminal is followed.
    public let width: () -> Int?

    public init(sink: TextSink, styler: Styler, width: @escaping () -> Int?) {
        self.sink = sink
        self.styler = styler
        self.width = width
    }

    /// Prints text followed by a newline, wrapped to the width.
    public func line(_ text: String = "") {
        sink.write(wrapped(text) + "\n", error: false)
    }

    /// Prints `error: message` to the error stream, and a hint on the next line if given.
    public func error(_ message: String, hint: String? = nil) {
        var text = styler.paint("error:", .error) + " " + message
        if let hint { text += "\n" + styler.paint(hint, .hint) }
        sink.write(wrapped(text) + "\n", error: true)
    }

    /// Prints `warning: message` to the error stream.
    public func warning(_ message: String) {
        sink.write(wrapped(styler.paint("warning:", .warning) + " " + message) + "\n", error: true)
    }

    func wrapped(_ text: String) -> String {
        guard let width = width() else { return text }
        return TextWrapper.wrap(text, width: width)
    }
}
