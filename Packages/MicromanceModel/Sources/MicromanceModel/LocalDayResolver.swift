import Foundation

/// Finds the local calendar day of many instants in many time zones quickly.
///
/// `TimeZone(identifier:)` and `secondsFromGMT(for:)` cost microseconds each; a journal of a
/// million moments would spend seconds on them. This resolver looks each zone up once and
/// caches its offset per UTC day: when the offset at the start and at the end of a UTC day
/// agree (every day but the few with a daylight-saving change), every instant of that day gets
/// it without asking the zone again. Not thread-safe: use one per task.
public final class LocalDayResolver {
    private var zones = [String: TimeZone?]()
    private var dayOffsets = [Key: Int32]()
    private let fallback: TimeZone
    private static let changing = Int32.min

    private struct Key: Hashable {
        var zone: String
        var day: Int
    }

    /// A resolver; instants in a zone this system does not know use `fallback`.
    public init(fallback: TimeZone) { self.fallback = fallback }

    /// The zone for an identifier, looked up once.
    public func zone(_ identifier: String) -> TimeZone {
        if let cached = zones[identifier] { return cached ?? fallback }
        let zone = TimeZone(identifier: identifier)
        zones[identifier] = zone
        return zone ?? fallback
    }

    /// The offset from UTC, in seconds, of `zone` at `date`.
    public func offset(_ date: Date, zone identifier: String) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CivilDate.floorDiv(seconds, 86_400)
        let key = Key(zone: identifier, day: day)
        if let cached = dayOffsets[key], cached != Self.changing { return Int(cached) }
        let zone = zone(identifier)
        if dayOffsets[key] == nil {
            let start = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day * 86_400)))
            let end = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day * 86_400 + 86_399)))
            dayOffsets[key] = start == end ? Int32(start) : Self.changing
            if start == end { return start }
        }
        return zone.secondsFromGMT(for: date)
    }

    /// The local day of `date` in the zone named `identifier`.
    public func day(_ date: Date, zone identifier: String) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber(date, zone: identifier))
    }

    /// The local day of `date`, as days since 1970-01-01.
    public func dayNumber(_ date: Date, zone identifier: String) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset(date, zone: identifier)
        return CivilDate.floorDiv(seconds, 86_400)
    }

    /// The local day of a moment, in its own time zone.
    public func day(of moment: Moment) -> CalendarDay { day(moment.at, zone: moment.timeZone) }
}
