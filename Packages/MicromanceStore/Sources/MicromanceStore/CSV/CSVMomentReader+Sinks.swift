import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// Where a thread of ``CSVMomentReader`` puts its moments: a stretch of the result array.
struct MomentSink {
    let base: UnsafeMutablePointer<Moment>
    var limit: Int
    private(set) var count = 0

    init(base: UnsafeMutablePointer<Moment>, limit: Int) {
        self.base = base
        self.limit = limit
    }

    mutating func append(_ moment: consuming Moment) {
        (base + count).initialize(to: moment)
        count += 1
    }

    /// Destroys what was written (when the fast path gives up).
    mutating func clear() {
        base.deinitialize(count: count)
        count = 0
    }
}

extension CSVMomentReader {
    /// The moments of a table and what the reader noted of them.
    struct Read {
        var moments: [Moment]
        var noted: Noted
        /// The givers and receivers the moments name (nil when there are many).
        var people: [String]? { noted.people }
        /// What the caller's checks need to know of the moments, when the reader could say.
        var survey: MomentSurvey? { noted.survey(count: moments.count) }
    }

    /// What a reader noted of the moments it read: the givers and receivers, rituals and time
    /// zones they name, each list nil past ``limit`` (then the caller looks at each moment),
    /// and whether each moment passed ``Journal/passesItsOwnChecks(_:)``.
    struct Noted {
        static let limit = 16
        var people: [String]? = []
        var rituals: [String]? = []
        var zones: [String]? = []
        var eachPasses = true

        /// Nothing known: the caller checks every moment.
        static let unknown = Noted(people: nil, rituals: nil, zones: nil, eachPasses: false)

        /// Adds `text` to `list` unless it is there or the list is full (then nil).
        @inline(__always)
        static func add(_ text: String, to list: inout [String]?) {
            // Most are the very strings met before (interned): found by their storage.
            guard var known = list, !known.contains(where: { $0.sharesStorage(with: text) }), !known.contains(text) else { return }
            list = nil  // the array is changed in place, not copied
            if known.count < limit {
                known.append(text)
                list = known
            }
        }

        /// What two readers noted together.
        func joined(with other: Noted) -> Noted {
            func both(_ first: [String]?, _ second: [String]?) -> [String]? {
                guard let first, let second else { return nil }
                let all = first + second.filter { !first.contains($0) }
                return all.count <= Noted.limit ? all : nil
            }
            return Noted(
                people: both(people, other.people), rituals: both(rituals, other.rituals), zones: both(zones, other.zones),
                eachPasses: eachPasses && other.eachPasses)
        }

        func survey(count: Int) -> MomentSurvey? {
            guard let people, let rituals, let zones else { return nil }
            return MomentSurvey(count: count, eachPassesOnItsOwn: eachPasses, people: people, rituals: rituals, zones: zones)
        }
    }
}
