import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a terminal through libedit's native API: emacs-style editing, history that
/// persists across runs, Tab completion from the shell's provider, Ctrl-C that cancels only the
/// line being typed, and Ctrl-D on an empty line to leave.
public final class EditLineReader: LineReader {
    public let isInteractive = true
    public var completionProvider: CompletionProvider?

    /// Called once when the history file cannot be read or written; the session goes on.
    private let onHistoryFailure: ((HistoryFile.Failure) -> Void)?

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let historyFile: HistoryFile?
    private var promptBytes: UnsafeMutablePointer<CChar>?
    private var reportedHistoryFailure = false
    /// Set by the Ctrl-C key while a line is edited: the line that comes back is discarded.
    private var interrupted = false

    /// Whether the standard input and output are both terminals, which this reader needs.
    public static var standardStreamsAreTerminals: Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// Sets up libedit on the standard streams. Returns nil when libedit cannot start.
    public init?(programName: String, historyFile: HistoryFile?, onHistoryFailure: ((HistoryFile.Failure) -> Void)? = nil) {
        // Without this libedit silently drops every multibyte character (Swift never calls setlocale).
        _ = coach_setlocale_utf8()
        guard let editLine = coach_el_init(programName), let history = history_init() else { return nil }
        self.editLine = editLine
        self.history = history
        self.historyFile = historyFile
        self.onHistoryFailure = onHistoryFailure

        coach_history_setsize(history, Int32(historyFile?.capacity ?? HistoryList.defaultCapacity))
        coach_history_setunique(history, 1)
        coach_el_set_history(editLine, history)
        coach_el_set_editor(editLine, "emacs")
        coach_el_set_signal(editLine, 1)
        coach_el_set_reader(editLine)
        coach_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        coach_el_set_prompt(editLine, { editLine in
            guard let editLine, let data = coach_el_get_clientdata(editLine) else { return nil }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().promptBytes
        }, 1)
        coach_el_addfn(editLine, "coach-complete", "Complete the word before the cursor", { editLine, _ in
            guard let editLine, let data = coach_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
            return Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().complete(editLine)
        })
        coach_el_bind(editLine, "^I", "coach-complete")
        // Ctrl-C and Ctrl-Z arrive as keys while editing (no signal to the process group).
        coach_el_keys_not_signals(editLine)
        coach_el_addfn(editLine, "coach-interrupt", "Cancel the line being typed", { editLine, _ in
            guard let editLine, let data = coach_el_get_clientdata(editLine) else { return UInt8(CC_ERROR) }
            Unmanaged<EditLineReader>.fromOpaque(data).takeUnretainedValue().interrupted = true
            _ = "^C\n".withCString { write(STDOUT_FILENO, $0, 3) }
            return UInt8(CC_NEWLINE)
        })
        coach_el_bind(editLine, "^C", "coach-interrupt")
        coach_el_addfn(editLine, "coach-suspend", "Suspend coach (fg resumes it)", { _, _ in
            // libedit's SIGTSTP handling restores the terminal; we stop inside kill() and carry on
            // here after `fg`, so the prompt and the line are drawn again on a fresh line.
            kill(0, SIGTSTP)
            return UInt8(CC_REDISPLAY)
        })
        coach_el_bind(editLine, "^Z", "coach-suspend")
        // The user's own ~/.editrc (or $EDITRC) may rebind keys, as in every libedit program.
        el_source(editLine, nil)

        if let historyFile {
            do {
                for entry in try historyFile.load().entries { coach_history_enter(history, entry) }
            } catch {
                reportHistoryFailure(error)
            }
        }
    }

    deinit {
        el_end(editLine)
        history_end(history)
        free(promptBytes)
    }

    public func readLine(prompt: Prompt) -> LineInput {
        setPrompt(prompt)
        while true {
            var saved = sigaction()
            var savedMask = sigset_t()
            coach_sigint_catch(&saved, &savedMask)
            var count: Int32 = 0
            errno = 0
            let raw = el_gets(editLine, &count)
            let readErrno = errno
            coach_sigint_restore(&saved, &savedMask)

            guard let raw else {
                // Ctrl-C on an empty line: our key function ends the read with nothing in the buffer, which
                // el_gets reports like the end of input (count 0). The flag says which it was.
                if interrupted {
                    interrupted = false
                    return .interrupted
                }
                if count == -1 && readErrno == EINTR {
                    if coach_sigint_take() != 0 {
                        // Cancel the half-typed line: libedit keeps it otherwise.
                        write(STDOUT_FILENO, "^C\n", 3)
                        return .interrupted
                    }
                    continue
                }
                return .endOfInput
            }
            if interrupted {
                interrupted = false
                return .interrupted
            }
            var line = String(cString: raw)
            if line.hasSuffix("\n") { line.removeLast() }
            if line.hasSuffix("\r") { line.removeLast() }
            record(line)
            return .line(line)
        }
    }

    private func record(_ entered: String) {
        // Completion leaves a trailing space; "help " and "help" are the same line to recall.
        var line = entered
        while line.last?.isWhitespace == true { line.removeLast() }
        guard !line.isEmpty else { return }
        coach_history_enter(history, line)
        guard let historyFile else { return }
        do {
            try historyFile.append(line)
        } catch {
            reportHistoryFailure(error)
        }
    }

    private func reportHistoryFailure(_ failure: HistoryFile.Failure) {
        guard !reportedHistoryFailure else { return }
        reportedHistoryFailure = true
        onHistoryFailure?(failure)
    }

    private func setPrompt(_ prompt: Prompt) {
        var text = prompt.text
        if let sgr = prompt.sgr, let last = prompt.text.last {
            // \u{1} marks the invisible escape sequences so libedit keeps the cursor column right.
            // libedit drops an invisible sequence at the very end of a prompt, so the reset goes
            // before the last visible character (usually the space after '>').
            text = "\u{1}\u{1B}[\(sgr)m\u{1}" + String(prompt.text.dropLast()) + "\u{1}\u{1B}[0m\u{1}" + String(last)
        }
        free(promptBytes)
        promptBytes = strdup(text)
    }

    /// The Tab key: asks the shell's provider and edits the line, or lists the candidates.
    private func complete(_ editLine: OpaquePointer) -> UInt8 {
        guard let provider = completionProvider, let info = el_line(editLine)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor else { return UInt8(CC_REFRESH_BEEP) }
        let length = buffer.distance(to: cursor)
        let before = UnsafeRawBufferPointer(start: buffer, count: max(0, length))
        let line = String(decoding: before, as: UTF8.self)
        switch Completer.action(lineBeforeCursor: line, provider: provider) {
        case let .replace(deleteScalars, insert):
            if deleteScalars > 0 { el_deletestr(editLine, Int32(deleteScalars)) }
            el_insertstr(editLine, insert)
            return UInt8(CC_REFRESH)
        case let .list(candidates):
            let width = Int(coach_terminal_columns(STDOUT_FILENO))
            let text = "\n" + Completer.columns(candidates, width: width > 0 ? width : 80) + "\n"
            _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
            return UInt8(CC_REDISPLAY)
        case .none:
            return UInt8(CC_REFRESH_BEEP)
        }
    }
}
