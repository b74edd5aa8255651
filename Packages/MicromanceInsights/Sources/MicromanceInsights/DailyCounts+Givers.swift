import MicromanceModel

extension DailyCounts {
    /// The most partners counted in one pass: each has a row of counts over the journal's
    /// whole span, so a journal of many partners counts them one at a time instead.
    static let partnersCountedTogether = 16

    /// Every partner's counts (their own moments and the rituals they share), through
    /// `lastDay` or the context's today or period end, whichever is latest, so that the
    /// partners' consistency, drift and the report's weeks are all cut from one pass over the
    /// moments. Nil when the journal has more partners than ``partnersCountedTogether``.
    static func everyGiver(_ context: InsightContext, through lastDay: Int) -> [Identifier<Partner>: DailyCounts]? {
        let partners = context.journal.partners
        guard partners.count <= partnersCountedTogether else { return nil }
        let last = max(lastDay, context.today.dayNumber, context.periodEnd.dayNumber)
        // For each ritual slot, the partners who share that ritual with someone.
        var sharers = [[UInt8]](repeating: [], count: 256)
        for (slot, ritual) in context.journal.rituals.prefix(255).enumerated() where ritual.participants.count >= 2 {
            for (index, partner) in partners.enumerated() where ritual.participants.contains(partner.id) {
                sharers[slot].append(UInt8(index))
            }
        }
        let anyShared = sharers.contains { !$0.isEmpty }
        let days = context.tallyDays
        var earliest = last
        days.withUnsafeBufferPointer { d in
            for index in 0..<d.count where d[index] < earliest { earliest = d[index] }
        }
        let width = last - earliest + 1
        var rows = [Int](repeating: 0, count: width * max(partners.count, 1))
        var firsts = [Int](repeating: last, count: partners.count)
        rows.withUnsafeMutableBufferPointer { c in
            firsts.withUnsafeMutableBufferPointer { f in
                days.withUnsafeBufferPointer { d in
                    context.tallyGivers.withUnsafeBufferPointer { g in
                        context.tallyRituals.withUnsafeBufferPointer { r in
                            (context.tallyWeights ?? []).withUnsafeBufferPointer { w in
                                let weighted = context.tallyWeights != nil, count = f.count
                                for index in 0..<d.count {
                                    let day = d[index]
                                    guard day <= last else { continue }
                                    let weight = weighted ? w[index] : 1, code = Int(g[index]), column = day - earliest
                                    if code < count {
                                        c[code * width + column] += weight
                                        if day < f[code] { f[code] = day }
                                    }
                                    guard anyShared else { continue }
                                    for sharer in sharers[Int(r[index])] where Int(sharer) != code {
                                        c[Int(sharer) * width + column] += weight
                                        if day < f[Int(sharer)] { f[Int(sharer)] = day }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var made = [Identifier<Partner>: DailyCounts]()
        for (index, partner) in partners.enumerated() where made[partner.id] == nil {
            let row = index * width
            made[partner.id] = DailyCounts(
                firstDay: CalendarDay(dayNumber: firsts[index]), counts: Array(rows[(row + firsts[index] - earliest)..<(row + width)]))
        }
        return made
    }
}
