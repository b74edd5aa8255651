import Foundation
import MicromanceModel

/// Keeps a copy of a journal written in an older format before it is first saved in the
/// current one, so that an upgrade can always be undone by hand.
///
/// JSON: `journal.json` is copied to `journal.json.v1.bak` beside it. CSV: the tables are
/// copied into a `backup-v1` folder inside the journal folder. An existing backup is never
/// replaced. Backups are created owner-only, like the journal.
enum SchemaBackup {
    /// The schema version of the JSON journal at `path`, read from the end of the file
    /// (where the writer puts it) without parsing the whole document; nil when unknown.
    static func jsonVersion(at path: String) -> Int? {
        // Mapped, not read: only the last pages are touched when the key is where the writer puts it.
        try? SecureFile.withMappedFile(path) { bytes, _ in version(in: bytes) }
    }

    private static func version(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let key = Array("\"schemaVersion\"".utf8)
        var index = bytes.count - key.count
        while index >= 0 {
            if bytes[index] == 34, index == 0 || bytes[index - 1] != 92, bytes[index..<(index + key.count)].elementsEqual(key) {
                var i = index + key.count
                while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
                guard i < bytes.count, bytes[i] == 58 else { index -= 1; continue }
                i += 1
                while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 || bytes[i] == 10 || bytes[i] == 13 { i += 1 }
                var value = 0
                var digits = 0
                while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, digits < 9 {
                    value = value * 10 + Int(bytes[i] - 48)
                    digits += 1
                    i += 1
                }
                return digits > 0 ? value : nil
            }
            index -= 1
        }
        return nil
    }

    /// Before replacing the JSON journal at `path`, copies it aside if it is in an older format.
    static func protectJSON(at path: String) throws(StoreError) {
        guard let version = jsonVersion(at: path), version < Journal.currentSchemaVersion else { return }
        let backup = path + ".v\(version).bak"
        guard !FileManager.default.fileExists(atPath: backup) else { return }
        try SecureFile.replace(backup, with: try SecureFile.read(path))
    }

    /// Before replacing the CSV tables in `folder`, copies them aside if they are in an older format.
    static func protectCSV(folder: String) throws(StoreError) {
        guard let bytes = try? SecureFile.read(folder + "/" + CSVTables.settings),
            let records = try? CSVReader.records(bytes),
            let row = records.first(where: { $0.fields.first?.value == "schemaVersion" }),
            row.fields.count > 1, let version = Int(row.fields[1].value), version < Journal.currentSchemaVersion
        else { return }
        let backup = folder + "/backup-v\(version)"
        guard !FileManager.default.fileExists(atPath: backup) else { return }
        try SecureFile.makeFolder(backup)
        for table in CSVTables.all {
            guard let content = try? SecureFile.read(folder + "/" + table) else { continue }
            try SecureFile.replace(backup + "/" + table, with: content)
        }
    }
}
