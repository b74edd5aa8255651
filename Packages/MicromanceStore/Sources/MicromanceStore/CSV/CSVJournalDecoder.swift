import Foundation
@_spi(MicromanceInternals) import MicromanceModel

/// Reads the CSV tables of a journal folder, with errors that name the table, the line and
/// the column.
struct CSVJournalDecoder {
    let folder: String
    /// Whether to try ``CSVMomentReader`` on the moments table first. The fast path keeps no
    /// line numbers, so a caller that needs them to place an error decodes again without it.
    var fast = true
    /// Whether to read `moments.csv` and `removed.csv`, the tables that grow with the journal
    /// (a quick append reads only the others).
    var moments = true
    /// Whether to read `removed.csv` (with the moments, or alone for a quick append that needs
    /// to know whether removed records' words are due to be dropped).
    var removedRecords: Bool?

    /// A table's records mapped by header name.
    struct Table {
        let file: String
        let columns: [String: Int]
        let records: [CSVReader.Record]

        /// The value in `column` of `record`: nil for an empty unquoted cell (no value),
        /// else the text with its formula guard removed.
        func value(_ record: CSVReader.Record, _ column: String) -> String? {
            guard let index = columns[column], index < record.fields.count else { return nil }
            let field = record.fields[index]
            if field.value.isEmpty && !field.quoted { return nil }
            return CSVCell.unguard(field.value)
        }

        /// The cell's text, nil when it is empty, quoted or not: for columns where an empty
        /// text means nothing (a zone, an id, a kind), as a table with every cell quoted
        /// (`""`) writes an empty one.
        func present(_ record: CSVReader.Record, _ column: String) -> String? {
            value(record, column).flatMap { $0.isEmpty ? nil : $0 }
        }

        func required(_ record: CSVReader.Record, _ column: String) throws(StoreError) -> String {
            guard let text = value(record, column), !text.isEmpty else {
                throw fail(record, column, "a value is required here")
            }
            return text
        }

        func fail(_ record: CSVReader.Record, _ column: String, _ reason: String) -> StoreError {
            let number = columns[column].map { " (column \($0 + 1))" } ?? ""
            return .corrupt(file: file, line: record.line, column: nil, field: column + number, reason: reason)
        }
    }

    /// Reads a table; a missing table reads as empty when `optional`.
    func table(_ name: String, _ expected: [String], optional: Bool) throws(StoreError) -> Table? {
        let file = folder + "/" + name
        let bytes: [UInt8]
        do {
            bytes = try SecureFile.read(file)
        } catch {
            if case .notFound = error, optional { return nil }
            if case .notFound = error {
                // A folder with none of the tables holds no journal yet (a lock file, say, and nothing else).
                if !CSVTables.all.contains(where: { FileManager.default.fileExists(atPath: folder + "/" + $0) }) {
                    throw .notFound(folder)
                }
                throw .corrupt(file: file, line: nil, column: nil, field: nil, reason: "the table is missing from the journal folder")
            }
            throw error
        }
        if let kind = CSVTableFormat.notACSVTable(bytes) {
            throw .corrupt(file: file, line: nil, column: nil, field: nil, reason: kind)
        }
        let records: [CSVReader.Record]
        do {
            records = try CSVReader.records(bytes)
        } catch {
            if let separator = CSVTableFormat.otherSeparator(bytes, expected: expected) {
                throw .corrupt(file: file, line: 1, column: nil, field: nil, reason: separator)
            }
            let why = CSVTableFormat.encoding(bytes).map { "; \($0)" } ?? ""
            throw .corrupt(
                file: file, line: error.line, column: error.column, field: nil, reason: "this is not valid CSV: \(error.reason)\(why)")
        }
        guard let header = records.first else { return Table(file: file, columns: [:], records: []) }
        if let separator = CSVTableFormat.otherSeparator(header.fields.map(\.value), expected: expected) {
            throw .corrupt(file: file, line: 1, column: nil, field: nil, reason: separator)
        }
        try CSVShape.refuseRepeatedNames(header.fields.map(\.value), file: file)
        var columns = [String: Int]()
        for (index, field) in header.fields.enumerated() { columns[field.value] = index }
        for column in expected where columns[column] == nil && !CSVTables.addedColumns.contains(column) {
            // Only the columns a table can do without are said to be optional (a new user's trial:
            // the list named `ritual` and `changes` as needed, and they are not).
            let needed = expected.filter { !CSVTables.addedColumns.contains($0) }
            let optional = expected.filter { CSVTables.addedColumns.contains($0) }
            let spare = optional.isEmpty ? "" : "; \(optional.joined(separator: " and ")) may be left out"
            throw .corrupt(
                file: file, line: 1, column: nil, field: nil,
                reason: "the header has no '\(StoreError.excerpt(column))' column; it needs \(needed.joined(separator: ","))\(spare)"
                    + " (put the column back, even empty)")
        }
        // A row whose every cell is empty (what a spreadsheet saves for a row cleared rather than
        // deleted: `,,,,,,`) holds nothing, as a blank line does.
        let body = records.dropFirst().filter { !$0.fields.allSatisfy(\.value.isEmpty) }
        for record in body where record.fields.count != header.fields.count {
            throw .corrupt(
                file: file, line: record.line, column: nil, field: nil,
                reason: record.fields.count > header.fields.count
                    ? "this row has \(record.fields.count) cells but the header has \(header.fields.count); a comma may be one too "
                        + "many, or a value holding a comma may have lost its quotes"
                    : "this row has \(record.fields.count) cells but the header has \(header.fields.count); a comma or quote may be missing"
            )
        }
        return Table(file: file, columns: columns, records: body)
    }

    /// The journal, the line of each partner, ritual and moment (to place later errors), and
    /// what the fast reader noted of the moments as it read them, when it read them all and
    /// could say (for ``Journal/problems(knowing:)``).
    func decode() throws(StoreError) -> (journal: Journal, lines: [String: [Int]], survey: MomentSurvey?) {
        guard let settingsTable = try table(CSVTables.settings, CSVTables.settingsColumns, optional: false) else {
            throw .notFound(folder)
        }
        var journal = Journal()
        var settings = JournalSettings()
        var lines = [String: [Int]]()
        var people: [String]?  // the givers and receivers the fast reader met, when few
        var survey: MomentSurvey?
        for record in settingsTable.records {
            let key = try settingsTable.required(record, "key")
            let value = settingsTable.value(record, "value")
            let named = settingsTable.present(record, "value")  // a zone or a partner: empty is none
            switch key {
            case "schemaVersion":
                guard let version = value.flatMap({ Int($0) }) else {
                    throw settingsTable.fail(record, "value", "schemaVersion must be a whole number")
                }
                if version > Journal.currentSchemaVersion {
                    throw .newerSchema(file: settingsTable.file, found: version, supported: Journal.currentSchemaVersion)
                }
                guard version >= Journal.oldestSchemaVersion else {
                    throw settingsTable.fail(record, "value", "format version \(version) is not one Micromance ever wrote")
                }
                journal.schemaVersion = version
            case "dailyTarget":
                guard let target = value.flatMap({ Double($0) }) else {
                    throw settingsTable.fail(record, "value", "dailyTarget must be a number")
                }
                settings.dailyTarget = target
            case "weekStart":
                guard let day = value.flatMap(Weekday.init(parsing:)) else {
                    throw settingsTable.fail(record, "value", "weekStart must be a day such as mon")
                }
                settings.weekStart = day
            case "timeZone": settings.timeZone = named
            case "defaultGiver": settings.defaultGiver = named.map { Identifier($0) }
            case "defaultReceiver": settings.defaultReceiver = named.map { Identifier($0) }
            case "partnerTimeZones":
                guard let text = value, let zones = try? JSONDecoder().decode([String: String].self, from: Data(text.utf8)) else {
                    throw settingsTable.fail(record, "value", "partnerTimeZones must be an object like {\"maya\":\"Europe/Paris\"}")
                }
                settings.partnerTimeZones = Dictionary(uniqueKeysWithValues: zones.map { (Identifier<Partner>($0.key), $0.value) })
            case "changes":
                guard let changes = value.flatMap(Changes.init(parsing:)) else {
                    throw settingsTable.fail(record, "value", "expected change stamps like 1764165000123.0@k3x9q2m7abcd")
                }
                settings.changes = changes
            case "restDays":
                let names = (value ?? "").split(separator: ",").map(String.init)
                let days = names.compactMap(Weekday.init(parsing:))
                guard days.count == names.count else { throw settingsTable.fail(record, "value", "restDays must be days such as sat,sun") }
                settings.restDays = days
            default: throw settingsTable.fail(record, "key", "'\(StoreError.excerpt(key))' is not a setting this version knows")
            }
        }
        journal.settings = settings

        if let partners = try table(CSVTables.partners, CSVTables.partnerColumns, optional: true) {
            for record in partners.records {
                var weights = [LoveLanguage: Double]()
                for language in LoveLanguage.allCases {
                    let text = try partners.required(record, language.rawValue)
                    guard let weight = Double(text) else {
                        throw partners.fail(record, language.rawValue, "'\(StoreError.excerpt(text))' is not a number")
                    }
                    weights[language] = weight
                }
                journal.partners.append(
                    Partner(
                        id: Identifier(try partners.required(record, "id")), name: partners.value(record, "name") ?? "",
                        profile: LoveLanguageProfile(weights),
                        preferences: try list(partners, record, "preferences"), ideas: try list(partners, record, "ideas"),
                        changes: try changes(partners, record)))
                lines["partner", default: []].append(record.line)
            }
        }
        if let dates = try table(CSVTables.dates, CSVTables.dateColumns, optional: true) {
            for record in dates.records {
                let owner = try dates.required(record, "partner")
                guard let index = journal.partners.firstIndex(where: { $0.id.rawValue == owner }) else {
                    throw dates.fail(record, "partner", "'\(StoreError.excerpt(owner))' is not in \(CSVTables.partners)")
                }
                let id = try self.id(dates, record)
                let title = dates.value(record, "title") ?? ""
                switch try dates.required(record, "type") {
                case "date":
                    let text = try dates.required(record, "date")
                    guard let parts = monthDay(text) else {
                        throw dates.fail(record, "date", "'\(StoreError.excerpt(text))' is not a date like 2019-06-01 or --06-01 (no year)")
                    }
                    guard let recurrence = ImportantDate.Recurrence(rawValue: dates.value(record, "recurrence") ?? "yearly") else {
                        throw dates.fail(record, "recurrence", "use yearly or once")
                    }
                    journal.partners[index].importantDates.append(
                        ImportantDate(
                            id: Identifier(id), title: title, month: parts.month, day: parts.day, year: parts.year, recurrence: recurrence,
                            changes: try changes(dates, record)))
                case "stressor":
                    let text = dates.value(record, "date")
                    let day = text.flatMap(CalendarDay.init)
                    if text != nil, day == nil {
                        throw dates.fail(record, "date", "'\(StoreError.excerpt(text ?? ""))' is not a date like 2026-11-26")
                    }
                    journal.partners[index].stressors.append(
                        Stressor(
                            id: Identifier(id), title: title, day: day,
                            changes: try changes(dates, record)))
                case let other:
                    throw dates.fail(record, "type", "'\(StoreError.excerpt(other))' is not a type; use date or stressor")
                }
            }
        }
        if let rituals = try table(CSVTables.rituals, CSVTables.ritualColumns, optional: true) {
            for record in rituals.records {
                let text = try rituals.required(record, "cadence")
                guard let cadence = Cadence(parsing: text) else {
                    throw rituals.fail(
                        record, "cadence",
                        "'\(StoreError.excerpt(text))' is not a cadence; use daily, weekdays, weekly:mon,thu or every:3:2026-11-01")
                }
                journal.rituals.append(
                    Ritual(
                        id: Identifier(try id(rituals, record)), title: rituals.value(record, "title") ?? "",
                        cadence: cadence, participants: try list(rituals, record, "participants").map { Identifier($0) },
                        language: try language(rituals, record), changes: try changes(rituals, record)))
                lines["ritual", default: []].append(record.line)
            }
        }
        if let reflections = try table(CSVTables.reflections, CSVTables.reflectionColumns, optional: true) {
            for record in reflections.records {
                journal.reflections.append(
                    ReflectionAnswer(
                        id: Identifier(try id(reflections, record)), at: try timestamp(reflections, record),
                        timeZone: try reflections.required(record, "timeZone"),
                        partner: reflections.present(record, "partner").map { Identifier($0) },
                        question: reflections.value(record, "question") ?? "", answer: reflections.value(record, "answer") ?? "",
                        changes: try changes(reflections, record)))
                lines["reflection", default: []].append(record.line)
            }
        }
        if !self.moments {
            // Left unread: the caller answers for the moments from the table's index.
        } else if fast, let read = try fastMoments() {
            journal.moments = read.moments
            people = read.people
            survey = read.survey
        } else if let moments = try table(CSVTables.moments, CSVTables.momentColumns, optional: true) {
            journal.moments.reserveCapacity(moments.records.count)
            let named = moments.records.lazy.compactMap { moments.present($0, "timeZone") }
            let home = journal.settings.timeZone ?? TypedRows.commonZone(named)
            var typed = TypedRows(zone: home, partners: journal.partners, settings: journal.settings)
            for record in moments.records {
                journal.moments.append(try moment(moments, record, typed: &typed))
                lines["moment", default: []].append(record.line)
            }
        }
        // Names written for ids are read as the partners they name; the survey was of the names.
        if Self.resolvePartnerNames(in: &journal, people: people) { survey = nil }
        if removedRecords ?? moments { journal.removed = try removed() }
        journal.migrate()
        return (journal, lines, survey)
    }

    private func changes(_ t: Table, _ record: CSVReader.Record) throws(StoreError) -> Changes {
        guard let text = t.present(record, "changes") else { return Changes() }
        guard let changes = Changes(parsing: text) else {
            throw t.fail(
                record, "changes", "'\(StoreError.excerpt(text))' is not a list of change stamps like 1764165000123.0@k3x9q2m7abcd")
        }
        return changes
    }

    /// The moments read by the fast reader, or nil when the table is missing or the slow
    /// path must read it (to report an error with its place, or for a layout it does not know).
    private func fastMoments() throws(StoreError) -> CSVMomentReader.Read? {
        let file = folder + "/" + CSVTables.moments
        do {
            return try SecureFile.withMappedPages(file) { bytes, release in CSVMomentReader.readWithPeople(bytes, release: release) }
        } catch {
            if case .notFound = error { return nil }
            throw error
        }
    }

    func moment(_ t: Table, _ record: CSVReader.Record) throws(StoreError) -> Moment {
        var typed = TypedRows(zone: nil)
        return try moment(t, record, typed: &typed)
    }

    /// A moment from its row. A row without an id is one a person typed in the table: it gets
    /// an id made from its contents (the same on every read, until the next write keeps it),
    /// the journal's time zone when it names none (or, in a journal without one, the zone most
    /// other rows name; UTC when none does), and its time read in that zone when it has no
    /// offset from UTC (`2026-11-21 08:00`).
    func moment(_ t: Table, _ record: CSVReader.Record, typed: inout TypedRows) throws(StoreError) -> Moment {
        let typedByHand = t.present(record, "id") == nil
        let zone = try self.zone(t, record, typedByHand: typedByHand, typed: typed)
        let at = typedByHand ? try typed.time(t, record, zone: zone) : try timestamp(t, record)
        let responseText = t.present(record, "response")
        // An empty kind is a gesture, or a bid when the row says how it was answered.
        let kindText = t.present(record, "kind") ?? (responseText == nil ? "gesture" : "bid")
        guard let kind = MomentKind(rawValue: kindText) else { throw t.fail(record, "kind", "use gesture, bid or gratitude") }
        let response = responseText.flatMap(BidResponse.init(rawValue:))
        if responseText != nil, response == nil { throw t.fail(record, "response", "use toward, away or against") }
        return Moment(
            id: Identifier(typedByHand ? typed.id(for: record) : try id(t, record)), at: at, timeZone: zone,
            giver: Identifier(try t.required(record, "giver")), receiver: Identifier(try t.required(record, "receiver")),
            title: t.value(record, "title") ?? "", gestureID: t.present(record, "gesture").map { Identifier($0) },
            language: try language(t, record), note: t.present(record, "note"), response: response, kind: kind,
            ritualID: t.present(record, "ritual").map { Identifier($0) }, changes: try changes(t, record))
    }

    /// A record's `at`, refused with the place and, when a spreadsheet visibly rewrote it, what it did.
    private func timestamp(_ t: Table, _ record: CSVReader.Record) throws(StoreError) -> Date {
        let stamp = try t.required(record, "at")
        guard let at = Timestamp.parse(stamp) else {
            let why = SpreadsheetCells.timestampDamage(stamp).map { "; \($0): \(SpreadsheetCells.advice)" } ?? ""
            throw t.fail(record, "at", "\(Timestamp.problem(with: stamp))\(why)")
        }
        return at
    }

    /// A record's id, refused when a spreadsheet has visibly rewritten it: a changed id would
    /// no longer match the same record in another copy of the journal.
    private func id(_ t: Table, _ record: CSVReader.Record) throws(StoreError) -> String {
        let id = try t.required(record, "id")
        if let damage = SpreadsheetCells.idDamage(id) {
            throw t.fail(record, "id", "'\(StoreError.excerpt(id))': \(damage); \(SpreadsheetCells.advice)")
        }
        return id
    }

    private func language(_ t: Table, _ record: CSVReader.Record) throws(StoreError) -> LoveLanguage? {
        guard let text = t.present(record, "language") else { return nil }
        guard let language = LoveLanguage(rawValue: text) else {
            throw t.fail(
                record, "language", "'\(StoreError.excerpt(text))' is not a love language; use words, service, gifts, time or touch")
        }
        return language
    }

    private func list(_ t: Table, _ record: CSVReader.Record, _ column: String) throws(StoreError) -> [String] {
        guard let text = t.value(record, column) else { return [] }
        guard let items = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw t.fail(record, column, "expected a list like [\"one\",\"two\"]")
        }
        return items
    }

    /// `2019-06-01` → (6, 1, 2019); `--06-01` → (6, 1, nil).
    private func monthDay(_ text: String) -> (month: Int, day: Int, year: Int?)? {
        if text.hasPrefix("--") {
            let parts = text.dropFirst(2).split(separator: "-")
            guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
            return (month, day, nil)
        }
        guard let day = CalendarDay(text) else { return nil }
        return (day.month, day.day, day.year)
    }
}
