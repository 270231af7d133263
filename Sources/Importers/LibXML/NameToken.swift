/// An opaque identity of an interned libxml2 name (see ``Node/nameToken``).
public struct NameToken: Hashable, Sendable {
    let address: UInt
}
