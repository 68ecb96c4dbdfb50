import Coaching
import DialogueEngine
import Foundation
import PromptsCompiler

/// Compiles the content coach runs with, and refuses to go on with broken content: the same
/// diagnostics as `coach check`, never a crash.
public enum ContentCompiler {
    public static func load(promptsOverride: String?, environment: [String: String], output: ShellOutput) -> Program? {
        let checkCommand = promptsOverride.map { "coach check --prompts \($0)" } ?? "coach check"
        let merged = PromptsLoader.merge(ContentLoader.layers(promptsOverride: promptsOverride, environment: environment))
        let result = PromptsCompiler.compile(merged.files, host: CoachingHost.interface)
        let diagnostics = (merged.problems + result.diagnostics).sortedByPosition()
        guard let program = result.program, !diagnostics.hasErrors else {
            for diagnostic in diagnostics {
                var shown = diagnostic
                shown.file = PromptsLoader.displayPath(diagnostic.file, origins: merged.origins)
                output.sink.write(DiagnosticPrinter.text(shown, source: merged.files[diagnostic.file], styler: output.styler) + "\n",
                                  error: true)
            }
            output.error("coach cannot start: the Prompts content has \(DiagnosticPrinter.summary(diagnostics)).",
                         hint: "Fix the files above (or move the overlay away), then run '\(checkCommand)' to confirm.")
            return nil
        }
        if !diagnostics.isEmpty {
            output.warning("the Prompts content has \(DiagnosticPrinter.summary(diagnostics)); run '\(checkCommand)' to see them.")
        }
        return program
    }

    /// Today's date from the system clock in the local time zone, or `COACH_TODAY` (YYYY-MM-DD) when set,
    /// which demos and tests use to fix the date.
    public static func today(environment: [String: String]) -> CalendarDate {
        if let fixed = environment["COACH_TODAY"].flatMap(CalendarDate.init(iso:)) { return fixed }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
