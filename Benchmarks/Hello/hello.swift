// The baseline for coach's start-up: a Swift program with Foundation, built as coach's release is
// (-O, the Swift standard library and Foundation linked statically), that greets and reads lines until
// 'quit' or the end of input, as a REPL does. `make bench` builds it with swiftc.
import Foundation

print("hello — \(ProcessInfo.processInfo.processName)")
while let line = readLine(), line != "quit" {
    print(line)
}
