/// A quantity the fee tariff cannot price: a negative page count, a request ordinal below 1.
public struct FeeInputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The method asked for.
    public var method: InformationProcessingFee.Method
    /// The quantity given.
    public var quantity: Int
    /// Why it was refused.
    public var reason: String

    /// Creates an error.
    public init(method: InformationProcessingFee.Method, quantity: Int, reason: String) {
        self.method = method
        self.quantity = quantity
        self.reason = reason
    }

    /// One line: `fee.invalid-quantity perVolume -3: a page count cannot be negative`.
    public var description: String { "fee.invalid-quantity \(method.rawValue) \(quantity): \(reason)" }
}
