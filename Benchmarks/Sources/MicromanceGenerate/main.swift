// Writes a realistic generated journal as JSON and as a CSV folder, for the benchmark.
//
//   micromance-generate MOMENTS OUT_PREFIX [SEED]
//
// A couple, Alex and Sam, with MOMENTS moments spread over ten years up to 2026-11-24:
// catalog gestures and free titles, bids with responses, rituals, and notes holding commas,
// quotes, line breaks and non-ASCII text. Every moment carries the change stamp of the device
// that logged it (Alex's phone or Sam's laptop); one in twenty was edited later on the other
// device, and one in a thousand was removed. Writes OUT_PREFIX.json and the folder
// OUT_PREFIX.csv/, and for up to 100,000 moments also OUT_PREFIX.sync/: the same journal as a
// sync folder holds it after two devices have used it (each device's snapshot and change log).
import Foundation
import MicromanceModel
import MicromanceStore

let arguments = CommandLine.arguments
guard arguments.count >= 3, let count = Int(arguments[1]), count >= 0 else {
    FileHandle.standardError.write(Data("usage: micromance-generate MOMENTS OUT_PREFIX [SEED]\n".utf8))
    exit(64)
}
let prefix = arguments[2]
var random = SeededGenerator(seed: arguments.count > 3 ? UInt64(arguments[3]) ?? 1 : 1)

var journal = Journal(settings: JournalSettings(timeZone: "Europe/Paris", defaultGiver: "alex", defaultReceiver: "sam"))
journal.partners = [
    Partner(
        id: "alex", name: "Alex", profile: LoveLanguageProfile([.service: 5, .words: 4, .time: 2, .touch: 2, .gifts: 1]),
        preferences: ["oat flat white", "quiet Sunday mornings"],
        importantDates: [ImportantDate(id: "bday", title: "Birthday", month: 3, day: 14)]),
    Partner(
        id: "sam", name: "Sam", profile: LoveLanguageProfile([.touch: 5, .time: 4, .words: 2, .service: 1, .gifts: 1]),
        preferences: ["dark chocolate"], stressors: [Stressor(id: "rain", title: "Driving in the rain")],
        importantDates: [ImportantDate(id: "anniversary", title: "Anniversary", month: 6, day: 1, year: 2016)]),
]
journal.rituals = [Ritual(id: "coffee", title: "Morning coffee together", cadence: .daily, participants: ["alex", "sam"], language: .time)]

let notes = [
    "after her long shift, she smiled", "he said \"thank you\" twice", "line one\nline two",
    "Zoë's favourite, with crème fraîche", "rain, traffic, late; still did it", "=not a formula", "🎉 finally", "",
]
let freeTitles = ["Fixed the bike", "Picked her up from the station", "Read to him while he cooked", "Called during lunch"]
let catalog = Catalog.builtIn.gestures
let end = 1_795_564_800.0  // 2026-11-24T21:00:00Z
let span = 10 * 365.25 * 86_400
let zones = ["Europe/Paris", "Europe/Paris", "Europe/Paris", "America/New_York", "Asia/Tokyo"]
journal.moments.reserveCapacity(count)
let phone = DeviceID("alexphone") ?? .imported, laptop = DeviceID("samlaptop") ?? .imported
func stamp(_ at: Double, _ device: DeviceID) -> ChangeStamp { ChangeStamp(millis: Int64(at * 1000), device: device) }
for index in 0..<count {
    // Evenly spread, oldest first, with a little jitter.
    let at = end - span + span * (Double(index) + Double.random(in: 0..<0.9, using: &random)) / Double(max(count, 1))
    let fromAlex = Bool.random(using: &random)
    let pick = Int.random(in: 0..<100, using: &random)
    let gesture = catalog.randomElement(using: &random)
    let isRitual = pick < 10
    let isBid = pick >= 10 && pick < 25
    let title = isRitual ? "Morning coffee together" : pick < 85 ? (gesture?.title ?? "Hug") : freeTitles[index % freeTitles.count]
    journal.moments.append(
        Moment(
            id: .random(using: &random), at: Date(timeIntervalSince1970: at.rounded()), timeZone: zones[index % zones.count],
            giver: fromAlex ? "alex" : "sam", receiver: fromAlex ? "sam" : "alex", title: title,
            gestureID: pick < 85 && !isRitual ? gesture?.id : nil,
            language: isRitual ? .time : pick < 85 ? gesture?.primaryLanguage : nil,
            note: pick % 3 == 0 ? notes[index % notes.count] : nil,
            response: isBid ? (pick < 22 ? .toward : pick < 24 ? .away : .against) : nil,
            kind: isBid ? .bid : pick > 95 ? .gratitude : .gesture,
            ritualID: isRitual ? "coffee" : nil,
            changes: Changes(created: stamp(at.rounded() + 5, fromAlex ? phone : laptop))))
    if index % 20 == 7 {
        // Its note was written later, on the other device.
        journal.moments[index].changes.fields["note"] = stamp(at.rounded() + 3_600, fromAlex ? laptop : phone)
    }
}
// A few removed by mistake and taken out again.
for index in stride(from: count - 1, through: 0, by: -1000) where count >= 1000 {
    var gone = journal.moments.remove(at: index)
    gone.changes.removed = stamp(gone.at.timeIntervalSince1970 + 60, gone.giver == "alex" ? phone : laptop)
    journal.removed.moments.append(gone)
}

do {
    try? FileManager.default.removeItem(atPath: prefix + ".json")
    try? FileManager.default.removeItem(atPath: prefix + ".csv")
    try JSONJournalStore(path: prefix + ".json").save(journal)
    try CSVJournalStore(folder: prefix + ".csv").save(journal)
    print("wrote \(journal.moments.count) moments to \(prefix).json and \(prefix).csv/")
    if count <= 100_000 {
        // Each device folded its log into a snapshot a little while ago (Sam's laptop longer
        // ago than Alex's phone), and has logged a few hundred moments since.
        try? FileManager.default.removeItem(atPath: prefix + ".sync")
        let recent = max(0, journal.moments.count - 400)
        var older = journal
        older.moments = Array(journal.moments[..<recent])
        // As the tool leaves them: each device's write folds away the words of records removed
        // more than 30 days before (sync folder layout 2).
        older.compactRemovals(before: Date().addingTimeInterval(-Journal.removedContentsKeptFor))
        let alex = SyncFolderStore(folder: prefix + ".sync", device: phone)
        let sam = SyncFolderStore(folder: prefix + ".sync", device: laptop)
        var phoneSnapshot = older
        phoneSnapshot.moments += journal.moments[recent...].prefix(100)
        try alex.save(phoneSnapshot)
        var samSnapshot = older
        samSnapshot.settings.defaultGiver = "sam"
        samSnapshot.settings.defaultReceiver = "alex"
        try FileManager.default.createDirectory(atPath: prefix + ".sam", withIntermediateDirectories: true)
        try SyncFolderStore(folder: prefix + ".sam", device: laptop).save(samSnapshot)
        try FileManager.default.moveItem(
            atPath: prefix + ".sam/micromance-samlaptop.snapshot.json",
            toPath: prefix + ".sync/micromance-samlaptop.snapshot.json")
        try? FileManager.default.removeItem(atPath: prefix + ".sam")
        var held = [phoneSnapshot, samSnapshot]
        for moment in journal.moments[(recent + 100)...] {
            let side = moment.giver == "alex" ? 0 : 1
            try (side == 0 ? alex : sam).append(moment, to: &held[side])
        }
        print("wrote the same journal as a two-device sync folder to \(prefix).sync/")
    }
} catch {
    FileHandle.standardError.write(Data("micromance-generate: \(error)\n".utf8))
    exit(74)
}
