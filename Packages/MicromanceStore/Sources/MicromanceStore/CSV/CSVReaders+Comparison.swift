@_spi(MicromanceInternals) import MicromanceModel

/// The two readers of `moments.csv` side by side, for the fuzzer: the fast reader must give
/// the general reader's moments exactly, or give up; it must never accept a table the
/// general reader refuses, nor read one differently.
@_spi(Fuzzing)
public enum CSVMomentReaders {
    /// The moments of `folder/moments.csv` as the fast reader reads them (nil when it gives
    /// up), and as the general reader reads them, or the error it reports.
    public static func readBothWays(folder: String) -> (fast: [Moment]?, general: Result<[Moment], StoreError>) {
        let file = folder + "/" + CSVTables.moments
        let fast = try? SecureFile.withMappedPages(file) { bytes, release in CSVMomentReader.read(bytes, release: release) }
        do {
            return (fast ?? nil, .success(try CSVJournalDecoder(folder: folder, fast: false).generalMoments()))
        } catch {
            return (fast ?? nil, .failure(error))
        }
    }

    /// Whether a load's checks, told what the fast reader noted of the moments as it read them
    /// (``MomentSurvey``), answer as checking every moment does; true when the reader noted
    /// nothing or the folder does not read.
    public static func surveyAgrees(folder: String) -> Bool {
        guard let decoded = try? CSVJournalDecoder(folder: folder).decode(), let survey = decoded.survey else { return true }
        return decoded.journal.problems(knowing: survey) == decoded.journal.problems()
    }
}

extension CSVJournalDecoder {
    /// The moments table read by the general reader alone.
    func generalMoments() throws(StoreError) -> [Moment] {
        guard let table = try table(CSVTables.moments, CSVTables.momentColumns, optional: true) else { return [] }
        var moments = [Moment]()
        for record in table.records { moments.append(try moment(table, record)) }
        return moments
    }
}
