import Foundation
import PackagePlugin

/// Compiles the package's `Prompts/` directory into the binary, so an installed `coach` finds its
/// content from any directory without a resource bundle beside it.
@main
struct EmbedPrompts: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let prompts = context.package.directoryURL.appending(path: "Prompts")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedPrompts.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: prompts, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding Prompts/ (\(inputs.count) files)",
                executable: try context.tool(named: "prompts-embedder").url,
                arguments: [prompts.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }
}
