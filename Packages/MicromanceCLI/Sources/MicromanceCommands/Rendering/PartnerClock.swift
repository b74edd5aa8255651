import Foundation
import MicromanceModel

/// For a couple apart: what time it is for each partner who keeps another time zone than the
/// journal's home, and what small message would land at that hour.
enum PartnerClock {
    /// One line per partner other than this device's own whose time zone (their own, else
    /// the journal's home zone) is not the viewer's at this moment, such as "It is 07:10 on
    /// Wednesday for Sam (America/Chicago): a good-morning message lands now."
    static func lines(for journal: Journal, now: Date, viewer: TimeZone) -> [String] {
        let home = journal.settings.timeZone
        return journal.partners.compactMap { partner in
            guard partner.id != journal.settings.defaultGiver,
                let identifier = journal.settings.partnerTimeZones[partner.id] ?? home, let zone = TimeZone(identifier: identifier),
                zone.secondsFromGMT(for: now) != viewer.secondsFromGMT(for: now)
            else { return nil }
            let stamp = Timestamp.format(now, in: zone)  // 2026-11-24T07:10:00-06:00
            let time = String(stamp.dropFirst(11).prefix(5))
            let hour = Int(stamp.dropFirst(11).prefix(2)) ?? 12
            let day = CalendarDay(now, in: zone)
            let weekday = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][day.weekday.rawValue - 1]
            return "It is \(time) on \(weekday) for \(partner.name) (\(identifier))\(idea(hour: hour))."
        }
    }

    /// A message that fits the hour where the partner is.
    static func idea(hour: Int) -> String {
        switch hour {
        case 6..<10: ": a good-morning message lands now"
        case 11..<14: ": a note for their lunch break lands now"
        case 17..<21: ": a call while they wind down would fit"
        case 21..<24: ": a goodnight message lands now"
        case 0..<6: ": they are probably asleep, so time a message for their morning"
        default: ""
        }
    }
}
