import ArgumentParser
import DisclosureCore

/// Turns the request options' words into the model's values, with usage errors that list what is accepted.
enum RequestOptionParsing {
    /// The command-line spellings of the channels, in the order of ``ReceiptChannel``.
    static let channelWords = ["in-person", "registered-post", "post", "internet", "fax", "other"]
    /// The command-line spellings of the applicant types, in the order of ``ApplicantType``.
    static let applicantWords = ["natural-person", "commercial", "research", "social", "legal", "other"]

    /// `--channel`: the spellings above, the camel-case raw values, or the register's Chinese words (当面, 挂号信 …).
    static func channel(_ text: String) throws -> ReceiptChannel {
        guard let channel = RequestRegisterVocabulary.channel(text) else {
            throw ValidationError(
                "--channel \(text): not a channel; use one of \(channelWords.joined(separator: ", ")) (or 当面, 挂号信, 平信, 网络, 传真, 其他)"
            )
        }
        return channel
    }

    /// `--applicant`: the spellings above, the raw values, or the table's Chinese column labels.
    static func applicant(_ text: String) throws -> ApplicantType {
        guard let type = RequestRegisterVocabulary.applicant(text) else {
            throw ValidationError(
                "--applicant \(text): not an applicant type; use one of \(applicantWords.joined(separator: ", "))")
        }
        return type
    }

    /// `--outcome`: a table-三 row key (or its Chinese label) that a reply can give.
    static func replyOutcome(_ text: String) throws -> RequestOutcome {
        switch RequestRegisterVocabulary.ending(text) {
        case .reply(let outcome)?:
            return outcome
        case .supplementOverdue?:
            throw ValidationError("--outcome \(text): a lapsed supplement is recorded with the kind supplement-overdue")
        case .feeOverdue?:
            throw ValidationError("--outcome \(text): an unpaid fee is recorded with the kind fee-unpaid")
        case .withdrawn?:
            throw ValidationError("--outcome \(text): a withdrawal is recorded with the kind withdrawal")
        case nil:
            let keys = RequestOutcome.allCases.filter { !$0.isProceduralEnding }.map(\.rawValue)
            throw ValidationError("--outcome \(text): not an outcome; use one of \(keys.joined(separator: ", "))")
        }
    }

    /// `--edition`: `2019` or `2021` (or the raw values `edition2019`, `edition2021`).
    static func edition(_ text: String) throws -> RequestTableEdition {
        switch text {
        case "2019", RequestTableEdition.edition2019.rawValue: return .edition2019
        case "2021", RequestTableEdition.edition2021.rawValue: return .edition2021
        default: throw ValidationError("--edition \(text): use 2019 or 2021")
        }
    }

    /// The command-line spelling of a channel, e.g. `registered-post`.
    static func word(for channel: ReceiptChannel) -> String {
        channelWords[ReceiptChannel.allCases.firstIndex(of: channel) ?? 0]
    }

    /// The command-line spelling of an applicant type, e.g. `natural-person`.
    static func word(for type: ApplicantType) -> String {
        applicantWords[ApplicantType.allCases.firstIndex(of: type) ?? 0]
    }
}
