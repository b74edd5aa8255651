/// What a file that should be one of a journal's CSV tables is instead, said in words a person
/// who saved it from a spreadsheet recognises: a workbook, a table in another encoding, a
/// table separated by semicolons or tabs.
enum CSVTableFormat {
    /// Why the bytes are not a CSV table at all (a spreadsheet's own workbook), or nil.
    static func notACSVTable(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return "this is a workbook (.xlsx or .ods, a zip file), not a CSV table; in the spreadsheet, "
                + "save it again as 'CSV UTF-8 (comma delimited)' (Excel) or 'Text CSV' with UTF-8 and commas (LibreOffice)"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "this is an old Excel workbook (.xls), not a CSV table; save it again as 'CSV UTF-8 (comma delimited)'"
        }
        return nil
    }

    /// What encoding the bytes are probably in when they are not UTF-8, or nil when they are.
    static func encoding(_ bytes: [UInt8]) -> String? {
        guard String(validating: bytes, as: UTF8.self) == nil else { return nil }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return "the table is in UTF-16 ('Unicode Text'), not UTF-8: save it again as CSV in UTF-8"
        }
        return "the table is not UTF-8; it looks like Windows-1252 or Latin-1, as a spreadsheet saves plain 'CSV': "
            + "save it again as 'CSV UTF-8' (emoji and letters outside Western European ones are lost in those encodings)"
    }

    /// Why a header that does not have the columns it needs is really a table separated by
    /// something else than commas, or nil.
    static func otherSeparator(_ header: [String], expected: [String]) -> String? {
        guard header.count == 1, let line = header.first else { return nil }
        for (separator, name) in [(";", "semicolons"), ("\t", "tabs")] {
            let names = line.split(separator: Character(separator)).map(String.init)
            if names.count > 1, expected.contains(where: names.contains) {
                return "the table's cells are separated by \(name), not commas; save it again as CSV with the comma "
                    + "as the only field separator"
            }
        }
        return nil
    }

    /// Why a table whose first line names the expected columns separated by semicolons or
    /// tabs is not read, from its bytes alone (for when the rest does not even parse as CSV).
    static func otherSeparator(_ bytes: [UInt8], expected: [String]) -> String? {
        let end = bytes.firstIndex(of: 10) ?? bytes.endIndex
        let line = String(decoding: bytes[..<end], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !line.contains(",") else { return nil }
        return otherSeparator([line.replacingOccurrences(of: "\"", with: "")], expected: expected)
    }
}
