extension ProfileJSON {
    /// Everything wrong with a file given to `decode`, in document order.
    public struct Problems: Error, Hashable, Sendable, CustomStringConvertible {
        /// One problem at one place: `$.contacts[3].cadenceDays: expected a whole number, found "weekly"`.
        public struct Problem: Hashable, Sendable, CustomStringConvertible {
            /// A JSONPath-like location: `$`, `$.person.stage`, `$.contacts[3].cadenceDays`.
            public var path: String
            public var message: String

            public init(path: String, message: String) {
                self.path = path
                self.message = message
            }

            public var description: String { "\(path): \(message)" }
        }

        public var list: [Problem]

        public init(_ list: [Problem]) {
            self.list = list
        }

        /// One problem a line.
        public var description: String { list.map(\.description).joined(separator: "\n") }
    }
}
