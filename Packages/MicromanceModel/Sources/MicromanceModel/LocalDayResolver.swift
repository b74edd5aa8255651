import Foundation

/// Finds the local calendar day of many instants in many time zones quickly.
///
/// `TimeZone(identifier:)` and `secondsFromGMT(for:)` cost microseconds each; a journal of a
/// million moments would spend seconds on them. This resolver looks each zone up once and
/// caches its offset per UTC day: when the offset at the start and at the end of a UTC day
/// agree (every day but the few with a daylight-saving change), every instant of that day gets
/// it without asking the zone again. Not thread-safe: use one per task.
public final class LocalDayResolver {
    private let fallback: TimeZone
    /// The zones seen so far, behind a pointer: as stored properties of a class, every look at
    /// them (twice for each moment of a report) went through the runtime's exclusivity
    /// bookkeeping, a quarter of the instructions of a 1M report's context (BENCHMARKS.md).
    private let zones = UncheckedBox(Zones())

    /// A journal uses a few zones, so a short list compared by storage and then with `==` beats
    /// hashing the name each time; past eight, a dictionary.
    private struct Zones {
        var recent = [(name: String, days: ZoneDays)]()
        var more = [String: ZoneDays]()
    }

    /// One zone and its offsets by UTC day, in a flat array from day `first` on (behind a
    /// pointer, for the same reason as the zones).
    private final class ZoneDays {
        let zone: TimeZone?
        let window = UncheckedBox(Window())
        struct Window {
            var first = 0
            var offsets = [Int32]()
        }
        init(_ zone: TimeZone?) { self.zone = zone }
    }

    private static let unknown = Int32.max
    private static let changing = Int32.min
    /// The widest span of days cached per zone (about 550 years); beyond it, offsets are asked for.
    private static let widestSpan = 200_000

    /// A resolver; instants in a zone this system does not know use `fallback`.
    public init(fallback: TimeZone) { self.fallback = fallback }

    private func days(_ identifier: String) -> ZoneDays {
        // Most are the very strings a store interned, found by storage without comparing text.
        for entry in zones.pointer.pointee.recent where entry.name.sharesStorage(with: identifier) { return entry.days }
        for entry in zones.pointer.pointee.recent where entry.name == identifier { return entry.days }
        if let found = zones.pointer.pointee.more[identifier] { return found }
        let made = ZoneDays(TimeZone(identifier: identifier))
        if zones.pointer.pointee.recent.count < 8 {
            zones.pointer.pointee.recent.append((identifier, made))
        } else {
            zones.pointer.pointee.more[identifier] = made
        }
        return made
    }

    /// The cached offsets of the zone named `identifier`. The usual zone is found in place and
    /// only its window's pointer taken: going through ``days(_:)`` retained and released the
    /// zone's record and each entry looked at, about a third of an offset's cost, for each
    /// moment of a save (callgrind). The record lives as long as the resolver.
    @inline(__always)
    private func window(_ identifier: String) -> UnsafeMutablePointer<ZoneDays.Window> {
        let found = zones.pointer.pointee.recent.withUnsafeBufferPointer { entries -> UnsafeMutablePointer<ZoneDays.Window>? in
            for index in entries.indices where entries[index].name.sharesStorage(with: identifier) {
                return entries[index].days.window.pointer
            }
            return nil
        }
        return found ?? days(identifier).window.pointer
    }

    /// The zone for an identifier, looked up once.
    public func zone(_ identifier: String) -> TimeZone { days(identifier).zone ?? fallback }

    /// The offset from UTC, in seconds, of `zone` at `date`.
    public func offset(_ date: Date, zone identifier: String) -> Int {
        let window = window(identifier)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = seconds >= 0 ? seconds / 86_400 : CivilDate.floorDiv(seconds, 86_400)
        if window.pointee.offsets.isEmpty {
            window.pointee.first = day - 512
            window.pointee.offsets = Array(repeating: Self.unknown, count: 1024)
        }
        var index = day - window.pointee.first
        if index < 0 || index >= window.pointee.offsets.count {
            let first = window.pointee.first, count = window.pointee.offsets.count
            let low = min(first, day - 256)
            let high = max(first + count, day + 256)
            guard high - low <= Self.widestSpan else { return (days(identifier).zone ?? fallback).secondsFromGMT(for: date) }
            var grown = Array(repeating: Self.unknown, count: high - low)
            grown.replaceSubrange((first - low)..<(first - low + count), with: window.pointee.offsets)
            window.pointee.offsets = grown
            window.pointee.first = low
            index = day - low
        }
        var cached = window.pointee.offsets[index]
        if cached == Self.unknown {
            let zone = days(identifier).zone ?? fallback
            let start = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day * 86_400)))
            let end = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(day * 86_400 + 86_399)))
            cached = start == end ? Int32(start) : Self.changing
            window.pointee.offsets[index] = cached
        }
        if cached != Self.changing { return Int(cached) }
        // The zone is fetched only here and above: on the common path it is not retained at all.
        return (days(identifier).zone ?? fallback).secondsFromGMT(for: date)
    }

    /// The local day of `date` in the zone named `identifier`.
    public func day(_ date: Date, zone identifier: String) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber(date, zone: identifier))
    }

    /// The local day of `date`, as days since 1970-01-01.
    public func dayNumber(_ date: Date, zone identifier: String) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset(date, zone: identifier)
        return seconds >= 0 ? seconds / 86_400 : CivilDate.floorDiv(seconds, 86_400)
    }

    /// The local day of a moment, in its own time zone.
    public func day(of moment: Moment) -> CalendarDay { day(moment.at, zone: moment.timeZone) }
}

/// A value behind a pointer its box frees: unlike a stored property of a class, reading and
/// changing it goes through no exclusivity check at run time. For state that one thread changes
/// in a hot loop (the resolver is not thread-safe anyway).
private final class UncheckedBox<Value> {
    let pointer: UnsafeMutablePointer<Value>

    init(_ value: Value) {
        pointer = .allocate(capacity: 1)
        pointer.initialize(to: value)
    }

    deinit {
        pointer.deinitialize(count: 1)
        pointer.deallocate()
    }
}
