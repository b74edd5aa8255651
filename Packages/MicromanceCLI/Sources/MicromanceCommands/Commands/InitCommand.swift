import ArgumentParser
import Foundation
import MicromanceModel
import MicromanceStore

/// `micromance init`: starts an empty journal.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new, empty journal.",
        discussion: """
            Creates the journal file (readable by you only) with your time zone and a daily target \
            of one small gesture. It never replaces a journal that is already there.

            It also asks who you are on this device (or takes --me NAME): your gestures are logged \
            as from you unless you say otherwise. Who you are belongs to this device only: merging \
            or syncing with your partner's copy never changes it.

            Examples:
              micromance init --time-zone Europe/Paris --me Maya
              micromance init --store sync:~/Sync/micromance --me Jonas   (join a shared folder)
              micromance init --store sync:~/Sync/micromance --encrypt --me Maya

            With --encrypt, a new sync folder holds only ciphertext: every file is sealed under \
            a key derived from a passphrase the two of you share (asked twice, or read from \
            MICROMANCE_PASSPHRASE). The second device joins with the same command without \
            --encrypt and the same passphrase. A lost passphrase cannot be recovered.
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("time-zone"), help: "Your home time zone, such as Europe/Paris (default: this device's).")
    var timeZone: String?

    @Option(name: .customLong("daily-target"), parsing: .unconditional, help: "How many small gestures a day count as a day done.")
    var dailyTarget: Double = 1

    @Option(
        name: .customLong("me"), help: ArgumentHelp("Who you are on this device: your name, added as a partner if new.", valueName: "name"))
    var me: String?

    @Flag(help: "Encrypt a new sync: folder with a passphrase the two of you share.")
    var encrypt = false

    func validate() throws {
        if let timeZone { _ = try ZoneInput.identifier(timeZone) }
        guard dailyTarget > 0, dailyTarget <= Journal.maximumDailyTarget else {
            throw ValidationError("--daily-target must be above zero and at most \(Int(Journal.maximumDailyTarget))")
        }
    }

    func run() throws {
        let environment = CLIEnvironment.current
        var store = try storeOptions.open(in: environment)
        if encrypt {
            guard let folder = (store as? SyncFolderStore)?.folder else {
                throw CLIError.usage("--encrypt is for a sync: folder (--store sync:DIR); nothing was written")
            }
            try EncryptedFolders.create(folder: folder, in: environment)
            store = try storeOptions.open(in: environment)
        }
        // A phone that shares a journal, asked to start one in its own data folder: that one
        // would never be shared (the sync folder is where the couple's journal is).
        if storeOptions.store == nil, !(store is SyncFolderStore), !store.exists, let hint = JoinedFolders.hint(in: environment) {
            throw CLIError.usage("\(hint). To start a separate journal here anyway, give its place with --store (nothing was written)")
        }
        if store is MemoryJournalStore {
            throw CLIError.usage(
                "a memory: journal lasts only as long as one command, so there is nothing to start; give a file or folder with --store")
        }
        // A new journal's home zone comes from this device's clock unless given; a `TZ` that
        // names no zone, or one read another way than meant (`UTC+2`), would make it UTC or an
        // offset, and every moment logged meanwhile keeps it (a new user's trial): ask for it.
        let westward = DeviceTimeZone.westwardRule(environment.variables["TZ"])
        if timeZone == nil, environment.timeZoneCaution != nil || westward != nil, !store.exists {
            let tz = environment.variables["TZ"] ?? ""
            let name = tz.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
            // The place meant: a name close to the one typed, one on the clock the offset says
            // as written (`UTC-5`: America/New_York), or one on a rule's own clock.
            let offset = westward.map { -$0.rule.secondsEast } ?? DeviceTimeZone.PosixRule(name)?.secondsEast
            let meant = Journal.suggestedTimeZone(for: name) ?? offset.flatMap { DeviceTimeZone.place(secondsEast: $0) } ?? "Europe/Paris"
            let place = storeOptions.argument
            throw CLIError.usage(
                "a new journal's home zone comes from this device's clock, and TZ='\(tz)' leaves it in doubt (see above); "
                    + "give it by a place's name, `micromance init --time-zone \(meant)\(place)`, and set TZ to the same "
                    + "(nothing was written)")
        }
        var me = self.me
        if me == nil, environment.inputIsTerminal {
            environment.output.write("Who are you on this device? Your name (Enter to skip): ")
            let answer = environment.input.next()?.trimmingCharacters(in: .whitespaces) ?? ""
            if !answer.isEmpty { me = answer }
        }
        var clock = HybridClock(device: try DeviceIdentity.current(environment), now: environment.now)
        var journal = Journal()
        let blank = journal
        let home = timeZone.map { ZoneInput.kept($0, in: environment) }
        journal.settings = JournalSettings(dailyTarget: dailyTarget, timeZone: home ?? environment.timeZone.identifier)
        if let me {
            let partner = Partner(name: me)
            try journal.add(partner)
            journal.settings.defaultGiver = partner.id
        }
        journal.stampChanges(since: blank, at: clock.tick())
        // What init fills in by itself (a blank partner from --me, this device's time zone)
        // must not win over what the other device's person typed before the two first sync.
        journal.markFilledIn(
            partner: journal.settings.defaultGiver, settings: timeZone == nil ? ["timeZone"] : [])
        try store.refuseCrowdedFolder()
        if try !store.saveIfAbsent(journal) {
            // A shared folder that another device started: this device joins it.
            if store is SyncFolderStore {
                guard let me else {
                    JoinedFolders.remember(store.location, in: environment)
                    environment.output.line("\(store.location) already holds a shared journal: this device uses it as it is.")
                    environment.output.line("Say who you are on this device with `micromance me NAME`.")
                    return
                }
                let partner: Partner
                do {
                    partner = try MeCommand.setMe(me, in: store, environment: environment)
                } catch let error as CLIError {
                    throw Self.notAmongThem(error, me: me, store: store)
                }
                // Remembered once joined: a join refused leaves this device as it was.
                JoinedFolders.remember(store.location, in: environment)
                environment.output.line("Joined the shared journal at \(store.location) as \(partner.name).")
                return
            }
            throw CLIError.cannotCreate(Self.whatIsThere(store))
        }
        if store is SyncFolderStore { JoinedFolders.remember(store.location, in: environment) }
        environment.output.line("Started a new journal at \(store.location)")
        // The home zone chosen from the device's clock is said, with how to change it: it stays
        // when the clock's zone is mended later (a new user's trial).
        if timeZone == nil, let zone = journal.settings.timeZone {
            let unset = CLIEnvironment.unsetZones.contains(zone) ? ", as this device's clock names no zone" : ""
            environment.output.line(
                "Home time zone: \(zone), this device's\(unset); `micromance settings --time-zone ZONE` changes it.")
            // A clock set to a fixed offset (`TZ=IST-5:30`) gives one: said as when it is typed.
            if unset.isEmpty, let caution = Journal.fixedOffsetCaution(for: zone) {
                environment.errors.line("micromance: warning: \(caution)")
            }
        }
        if let me {
            let example = me.lowercased() == "sam" ? "Alex" : "Sam"
            environment.output.line("On this device you are \(me). Next: add your partner, e.g. `micromance partner add \(example)`.")
        } else {
            environment.output.line("Next: add the two of you, e.g. `micromance partner add Alex` and `micromance partner add Sam`,")
            environment.output.line("then say who you are on this device: `micromance me Alex`.")
        }
    }
}

extension InitCommand {
    /// A join refused because `--me` names none of the shared journal's two partners: the
    /// ninth trial's second phone, set up alone first, where the other phone had called its
    /// owner by a nickname. Says what to do: use the name the journal has, or bring this
    /// device's own journal in first.
    static func notAmongThem(_ error: CLIError, me: String, store: any JournalStore) -> CLIError {
        let message = error.message
        guard error.code == 64, message.hasPrefix("no partner is called") else { return error }
        let place = store.location.shellQuoted
        let said = message.hasSuffix(".") ? String(message.dropLast()) : message
        return .usage(
            "\(said). To join the shared journal at \(store.location) as one of them, give that name: "
                + "`micromance init --store \(place) --me NAME`. If you started a journal of your own on this device "
                + "first, bring it in with `micromance merge OLD-JOURNAL --store \(place)` (`partner merge` then makes one "
                + "person added twice one), then `micromance me \(me.shellQuoted) --store \(place)` (nothing was written)")
    }

    /// What `init` found in the way, said as it is: a journal (and how much it holds), or
    /// something that is not one.
    static func whatIsThere(_ store: any JournalStore) -> String {
        do {
            let journal = try store.load()
            let names = journal.partners.map(\.name).joined(separator: " and ")
            let partners = journal.partners.isEmpty ? "no partners yet" : names
            return "a journal already exists at \(store.location) (\(partners), \(journal.moments.count) "
                + "moment\(journal.moments.count == 1 ? "" : "s")); it was left as it is. Use it as it is, or give another place with --store"
        } catch {
            return "\(store.location) already holds something that is not a journal Micromance can read (\(error)); "
                + "it was left as it is. Give another place with --store"
        }
    }
}

/// `micromance me`: who this device belongs to.
struct MeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "me",
        abstract: "Show or set who you are on this device.",
        discussion: """
            Your gestures are logged as from you, to your partner, unless you say otherwise. This \
            belongs to this device only: merging or syncing never changes it.

            Examples:
              micromance me          (who am I here?)
              micromance me Maya
            """)

    @OptionGroup var storeOptions: StoreOptions
    @Argument(
        help:
            "Your name or id in the journal, in any case, with or without accents (added as a partner while the journal has fewer than two)."
    ) var name: String?

    func run() throws {
        let environment = CLIEnvironment.current
        let store = try storeOptions.open(in: environment)
        guard let name else {
            let journal = try store.load()
            if let id = journal.settings.defaultGiver, let partner = journal.partner(id) {
                environment.output.line("On this device you are \(partner.name).")
            } else {
                environment.output.line("This device does not know who you are yet; say it with `micromance me NAME`.")
            }
            return
        }
        let partner = try Self.setMe(name, in: store, environment: environment)
        environment.output.line("On this device you are \(partner.name).")
    }

    /// Makes `name` this device's partner: the partner it names (any case or accents, a first
    /// name or the start of one, as every option naming a partner), or, while the journal holds
    /// fewer than two partners, a new one. Returns the partner.
    @discardableResult
    static func setMe(_ name: String, in store: any JournalStore, environment: CLIEnvironment) throws -> Partner {
        try store.updateAsThisDevice { (journal: inout Journal, filledIn: inout FilledIn) -> Partner in
            var found = journal.partner(named: name)
            if found == nil, !journal.partners.isEmpty {
                do {
                    found = try journal.requirePartner(name)
                } catch {
                    // A couple is two: a third name is a typing slip more often than a new partner.
                    if journal.partners.count >= 2 { throw error }
                }
            }
            let partner: Partner
            if let found {
                partner = found
            } else {
                // Added while the other device's files arrive, a partner already on their way
                // would be a second one of the same person.
                if let arriving = StoreOptions.stillArriving(store) {
                    throw CLIError.tryAgainLater(
                        "\(arriving); \(name) may be among them. Run the same command again then (nothing was written)")
                }
                partner = Partner(name: name)
                try journal.add(partner)
                filledIn.partner = partner.id
            }
            journal.settings.defaultGiver = partner.id
            if journal.settings.defaultReceiver == partner.id { journal.settings.defaultReceiver = nil }
            return partner
        }
    }
}
