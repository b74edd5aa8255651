import Foundation
import Hummingbird
import HummingbirdTesting
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceServerCore

/// Tokens added, listed and revoked, and a running service that sees the change without a restart.
@Suite struct TokenTests {
    /// A clock the test moves on.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var time = Date(timeIntervalSince1970: 1_795_700_000)
        var now: Date { lock.withLock { time } }
        func advance(_ seconds: TimeInterval) { lock.withLock { time += seconds } }
    }

    @Test func revokeAndListNeverShowASecret() throws {
        var book = TokenBook()
        var random = SeededGenerator(seed: 3)
        let first = book.issue(for: "couple-1", now: Date(timeIntervalSince1970: 1_795_700_000), using: &random)
        let second = book.issue(for: "couple-2", now: Date(timeIntervalSince1970: 1_795_800_000), using: &random)
        #expect(book.list.map(\.journal) == ["couple-1", "couple-2"])
        #expect(book.list.map(\.created) == ["2026-11-26", "2026-11-27"])
        #expect(!"\(book.list)".contains(String(first.split(separator: "_")[2])))
        // By id, or by the whole token.
        #expect(book.revoke(String(first.split(separator: "_")[1]))?.journal == "couple-1")
        #expect(book.revoke(second)?.journal == "couple-2")
        #expect(book.revoke("nope") == nil && book.entries.isEmpty)
        #expect(book.journal(for: first) == nil && book.journal(for: second) == nil)
    }

    @Test func aBookWrittenBeforeDatesWereKeptStillReads() throws {
        let path = NSTemporaryDirectory() + "micromance-tokens-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let old = #"{"entries":{"abc":{"id":"abc","journal":"j","sha256":"00"}}}"#
        try old.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try TokenBook.load(from: path).list.map(\.created) == [nil])
    }

    @Test func aRunningServiceSeesTokensAddedAndRevoked() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        let path = couples.folder + "/tokens.json"
        var book = TokenBook()
        var random = SeededGenerator(seed: 11)
        let kept = book.issue(for: "alex-and-sam", using: &random)
        try book.save(to: path)
        var changed = book
        let added = changed.issue(for: "maya-and-jonas", using: &random)
        _ = changed.revoke(kept)
        let (first, second) = (book, changed)
        let clock = Clock()
        let reports = Reports()
        let tokens = try LiveTokens(path: path, now: { clock.now }, report: { reports.add($0) })
        let service = Service(journals: FolderDirectory(folder: couples.folder), tokens: tokens, device: .imported, now: { clock.now })
        try await Application(router: service.routes()).test(.router) { client in
            func status(_ token: String) async throws -> HTTPResponse.Status {
                try await client.execute(uri: "/v1/moments", method: .get, headers: TwoCouples.bearer(token)).status
            }
            #expect(try await status(kept) == .ok)
            // Another process adds a token and revokes the first.
            try second.save(to: path)
            clock.advance(1.5)
            #expect(try await status(added) == .ok)
            #expect(try await status(kept) == .unauthorized)
            // A half-written file is reported, and the tokens in use stay.
            try "{\"entries\": {".write(toFile: path, atomically: true, encoding: .utf8)
            clock.advance(1.5)
            #expect(try await status(added) == .ok)
            #expect(reports.all.contains { $0.contains("does not read") && $0.contains("still using the 1 token") })
            #expect(!reports.all.joined().contains(String(added.split(separator: "_")[2])))
            // Mended and reloaded at once (as on SIGHUP), without waiting for the clock.
            try first.save(to: path)
            #expect(tokens.reload())
            #expect(try await status(kept) == .ok)
            #expect(try await status(added) == .unauthorized)
        }
    }
}

/// What a ``LiveTokens`` reported.
final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var lines = [String]()
    var all: [String] { lock.withLock { lines } }
    func add(_ line: String) { lock.withLock { lines.append(line) } }
}

/// `/health` says the process is up; `/ready` says whether the journals can be reached now.
@Suite struct ReadinessTests {
    @Test func readyOnlyWhenTheJournalsCanBeReached() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            let ready = try await client.execute(uri: "/ready", method: .get)
            #expect(ready.status == .ok && String(buffer: ready.body) == "ready")
        }
        let gone = Service(journals: FolderDirectory(folder: couples.folder + "/missing"), tokens: TokenBook(), device: .imported)
        try await Application(router: gone.routes()).test(.router) { client in
            let health = try await client.execute(uri: "/health", method: .get)
            #expect(health.status == .ok)
            let ready = try await client.execute(uri: "/ready", method: .get)
            #expect(ready.status == .serviceUnavailable)
            let body = try JSONSerialization.jsonObject(with: Data(buffer: ready.body)) as? [String: [String: String]]
            #expect(body?["error"]?["message"]?.contains("folder is not there") == true, "\(String(buffer: ready.body))")
        }
    }
}

/// A body that is not JSON is a 400 that says where and why, whatever is wrong with it.
@Suite struct MalformedBodyTests {
    @Test(arguments: [
        (#"{"title": "Hug",}"#, "line 1, column 17"),
        ("", "it is empty"),
        ("{\"title\": \"a\u{0}b\"}", "line 1"),
        (#"{"title": "\ud800"}"#, "line 1"),
        (String(repeating: "[", count: 5_000), "line 1"),
        ("{\"title\": \"Hug\",\n \"title\": \"Kiss\"}", "line 2"),
    ])
    func saysWhereAndWhy(body: String, place: String) async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            let answer = try await client.execute(
                uri: "/v1/moments", method: .post, headers: TwoCouples.bearer(couples.alexAndSam), body: ByteBuffer(string: body))
            #expect(answer.status == .badRequest)
            let message = String(buffer: answer.body)
            #expect(message.contains("not JSON") && message.contains(place), "\(message)")
        }
    }

    @Test func invalidUTF8IsPlaced() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            var body = ByteBuffer(string: #"{"title": "Hu"#)
            body.writeBytes([0xC3, 0x28, 0x22, 0x7D])
            let answer = try await client.execute(
                uri: "/v1/moments", method: .post, headers: TwoCouples.bearer(couples.alexAndSam), body: body)
            #expect(answer.status == .badRequest && String(buffer: answer.body).contains("UTF-8"), "\(String(buffer: answer.body))")
        }
    }
}

/// `/metrics`: Prometheus's text format, by route template and status, with store latency.
@Suite struct MetricsTests {
    @Test func requestsAndStoreCallsAreCountedWithoutJournalData() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        let metrics = ServiceMetrics()
        let service = Service(
            journals: FolderDirectory(folder: couples.folder), tokens: couples.book, device: .imported, metrics: metrics)
        try await Application(router: service.routes()).test(.router) { client in
            let body = #"{"title": "Secret picnic", "from": "alex", "to": "sam"}"#
            for _ in 0..<3 {
                let logged = try await client.execute(
                    uri: "/v1/moments", method: .post, headers: TwoCouples.bearer(couples.alexAndSam), body: ByteBuffer(string: body))
                #expect(logged.status == .created)
            }
            _ = try await client.execute(uri: "/v1/moments", method: .get, headers: TwoCouples.bearer("mm_nope_nope"))
            let page = String(buffer: try await client.execute(uri: "/metrics", method: .get).body)
            #expect(page.contains(#"micromance_http_requests_total{method="POST",route="/v1/moments",status="201"} 3"#), "\(page)")
            #expect(page.contains(#"route="/v1/moments",status="401"} 1"#))
            #expect(page.contains("micromance_http_request_duration_seconds_bucket"))
            #expect(page.contains(#"micromance_store_call_duration_seconds_count{operation="log"} 3"#))
            #expect(!page.contains("Secret") && !page.contains("alex-and-sam") && !page.contains(couples.alexAndSam))
        }
    }
}
