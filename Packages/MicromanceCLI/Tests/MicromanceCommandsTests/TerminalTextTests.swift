import Foundation
import MicromanceStore
import Testing

@testable import MicromanceCommands

/// What a terminal is shown of text from the journal: escape sequences, colour and bidi
/// controls in titles (``TextSink/visible(_:passingColours:)``).
@Suite struct TerminalTextTests {
    /// A title's own escape sequences are shown, never obeyed, colour ones included (ESC [ 8 m
    /// would hide the rest of the line); Micromance's own colours still pass on a terminal.
    @Test func escapesInTitlesAreShownNotObeyed() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Hidden \u{1B}[8m rest", "--from", "Alex", "--to", "Sam")
        cli.setUp("log", "Black \u{1B}[30;40m on black", "--from", "Alex", "--to", "Sam")
        let shown = cli.run("history", terminal: true).output
        #expect(shown.contains("Hidden \u{241B}[8m rest") && shown.contains("Black \u{241B}[30;40m on black"), "\(shown)")
        #expect(!shown.contains("\u{1B}[8m") && !shown.contains("\u{1B}[30;40m"))
        #expect(TextSink.visible("\u{1B}[1mbold\u{1B}[0m \u{1B}[32mgreen\u{1B}[m") == "\u{1B}[1mbold\u{1B}[0m \u{1B}[32mgreen\u{1B}[m")
        #expect(TextSink.visible("\u{1B}[31mred\u{1B}[0m") == "\u{241B}[31mred\u{1B}[0m")
    }

    /// A bidi control in a title cannot turn the rest of the line round, or run on into the
    /// next columns, on a terminal that lays out right-to-left text: overrides are shown as
    /// U+FFFD, embeddings and isolates left out; marks and Hebrew or Arabic text stay.
    @Test func bidiControlsInTitlesAreNotObeyed() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Tea \u{202E}ni deb", "--from", "Alex", "--to", "Sam")
        cli.setUp("log", "Walk \u{202B}unclosed", "--from", "Alex", "--to", "Sam")
        let shown = cli.run("history", terminal: true).output
        #expect(shown.contains("Tea \u{FFFD}ni deb") && shown.contains("Walk unclosed"), "\(shown)")
        #expect(!shown.contains("\u{202E}") && !shown.contains("\u{202B}"))
        // Kept in the journal as typed: only the printing changes.
        let titles = try JSONJournalStore(path: cli.storePath).load().moments.map(\.title)
        #expect(titles.contains("Tea \u{202E}ni deb") && titles.contains("Walk \u{202B}unclosed"))
        let typed = "\u{2067}שלום\u{2069} \u{202A}\u{202B}مرحبا\u{202C} \u{2066}\u{2068}x \u{200F}ok"
        #expect(TextSink.visible(typed) == "שלום مرحبا x \u{200F}ok")
        #expect(TextSink.visible("\u{202E}\u{202D}") == "\u{FFFD}\u{FFFD}")
    }

    /// With colour off, Micromance writes no colour sequence, so none from the journal passes:
    /// a title's ESC [ 1 m left the terminal bold after the command ended (a new user's trial).
    @Test func noColourLetsNoSequenceThrough() throws {
        let cli = try CommandHarness()
        cli.setUpCouple()
        cli.setUp("log", "Bold \u{1B}[1m forever", "--from", "Alex", "--to", "Sam")
        let plain = cli.run("history", variables: ["MICROMANCE_STORE": cli.storePath, "HOME": cli.folder, "NO_COLOR": "1"], terminal: true)
        #expect(plain.output.contains("Bold \u{241B}[1m forever") && !plain.output.contains("\u{1B}"), "\(plain.output)")
        #expect(TextSink.visible("\u{1B}[1mbold\u{1B}[0m", passingColours: false) == "\u{241B}[1mbold\u{241B}[0m")
    }
}
