import Foundation
import PromptsCompiler

/// The content coach runs with: built in, then the user's overlay, then `--prompts DIR`.
public enum ContentLoader {
    public static func layers(promptsOverride: String?, environment: [String: String]) -> [PromptsLoader.Layer] {
        var layers = [PromptsLoader.shipped]
        if let overlay = PromptsLoader.overlayDirectory(environment: environment) {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: overlay, isDirectory: &isDirectory), isDirectory.boolValue {
                layers.append(PromptsLoader.read(directory: overlay))
            }
        }
        if let promptsOverride { layers.append(PromptsLoader.read(directory: promptsOverride)) }
        return layers
    }
}
