import Foundation
import PromptsCompiler
import ShippedPrompts

/// Gathers Prompts files from where they live: the content built into coach, the user's overlay
/// (`$XDG_CONFIG_HOME/coach/Prompts`), and `--prompts DIR`. A later layer adds files or replaces
/// earlier ones with the same relative path.
public enum PromptsLoader {
    public struct Layer: Sendable {
        public var name: String
        public var files: [String: String]
        public var problems: [Diagnostic]
    }

    /// The overlay directory from the environment, whether or not it exists.
    public static func overlayDirectory(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") { return config + "/coach/Prompts" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.config/coach/Prompts"
    }

    public static var shipped: Layer { Layer(name: "built-in", files: ShippedPrompts.files, problems: []) }

    /// Every regular file under `directory`, keyed by its path relative to it; hidden files and
    /// folders are skipped. A file that is not UTF-8 text is reported, not skipped silently.
    public static func read(directory: String) -> Layer {
        let root = URL(fileURLWithPath: directory).standardizedFileURL
        var files: [String: String] = [:]
        var problems: [Diagnostic] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                    options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard PromptsCompiler.isSource(path) || path.hasPrefix("tests/") else { continue }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                problems.append(Diagnostic(.unreadableFile, file: path, line: 0, column: 0, message: "the file cannot be read."))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                problems.append(Diagnostic(.unreadableFile, file: path, line: 0, column: 0,
                                           message: "the file is not UTF-8 text.", hint: "Save it as UTF-8."))
                continue
            }
            files[path] = text
        }
        return Layer(name: directory, files: files, problems: problems)
    }

    /// How a merged file is named to the user: built-in files by their Prompts path, files from an
    /// overlay or `--prompts` by their full path, so an overlay's `flows/person.yaml` is not taken
    /// for the built-in one.
    public static func displayPath(_ path: String, origins: [String: String]) -> String {
        guard let origin = origins[path], origin != shipped.name else { return path }
        return origin + "/" + path
    }

    /// The layers merged in order.
    public static func merge(_ layers: [Layer]) -> (files: [String: String], origins: [String: String], problems: [Diagnostic]) {
        var files: [String: String] = [:]
        var origins: [String: String] = [:]
        var problems: [Diagnostic] = []
        for layer in layers {
            for (path, text) in layer.files {
                files[path] = text
                origins[path] = layer.name
            }
            problems += layer.problems
        }
        return (files, origins, problems)
    }
}
