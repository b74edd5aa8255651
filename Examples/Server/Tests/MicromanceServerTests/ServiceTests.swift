import Foundation
import Hummingbird
import HummingbirdTesting
import MicromanceInsights
import MicromanceModel
import MicromanceStore
import Testing

@testable import MicromanceServerCore

/// Two couples on one service, with journals in a temporary folder.
struct TwoCouples {
    let folder = NSTemporaryDirectory() + "micromance-server-\(UUID().uuidString)"
    var book = TokenBook()
    let alexAndSam: String
    let mayaAndJonas: String

    init() throws {
        var random = SeededGenerator(seed: 4)
        alexAndSam = book.issue(for: "alex-and-sam", using: &random)
        mayaAndJonas = book.issue(for: "maya-and-jonas", using: &random)
        try SecureFile.makeFolder(folder)
        try JSONJournalStore(path: folder + "/alex-and-sam.json").save(Journal(partners: [Partner(name: "Alex"), Partner(name: "Sam")]))
        try JSONJournalStore(path: folder + "/maya-and-jonas.json").save(
            Journal(partners: [Partner(name: "Maya"), Partner(name: "Jonas")]))
    }

    var app: some ApplicationProtocol { app(insights: .standard) }

    func app(insights: InsightEngine) -> some ApplicationProtocol {
        let now = Date(timeIntervalSince1970: 1_795_700_000)
        let service = Service(
            journals: FolderDirectory(folder: folder), tokens: book, device: DeviceID("servertest01") ?? .imported, now: { now },
            insights: insights)
        return Application(router: service.routes())
    }

    static func bearer(_ token: String) -> HTTPFields { [.authorization: "Bearer \(token)", .contentType: "application/json"] }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

struct Answer<T: Decodable>: Decodable {
    var schemaVersion: Int
    var kind: String
    var data: T
}

@Suite struct ServiceTests {
    @Test func aCoupleLogsAndReadsItsOwnJournalOnly() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            let body = #"{"title": "Made Sam's coffee", "from": "alex", "to": "sam", "language": "service"}"#
            let logged = try await client.execute(
                uri: "/v1/moments", method: .post, headers: TwoCouples.bearer(couples.alexAndSam), body: ByteBuffer(string: body))
            #expect(logged.status == .created)
            let moment = try JSONDecoder().decode(Answer<Moment>.self, from: Data(buffer: logged.body)).data
            #expect(
                moment.title == "Made Sam's coffee" && moment.language == .service
                    && moment.changes.created.device.description == "servertest01")

            let mine = try await client.execute(
                uri: "/v1/moments?since=2026-11-01", method: .get, headers: TwoCouples.bearer(couples.alexAndSam))
            #expect(try JSONDecoder().decode(Answer<[Moment]>.self, from: Data(buffer: mine.body)).data.map(\.id) == [moment.id])
            // The other couple sees nothing of it, and cannot answer it or write to it.
            let theirs = try await client.execute(
                uri: "/v1/moments?since=2026-11-01", method: .get, headers: TwoCouples.bearer(couples.mayaAndJonas))
            #expect(try JSONDecoder().decode(Answer<[Moment]>.self, from: Data(buffer: theirs.body)).data.isEmpty)
            let answer = try await client.execute(
                uri: "/v1/moments/\(moment.id)/response", method: .post, headers: TwoCouples.bearer(couples.mayaAndJonas),
                body: ByteBuffer(string: #"{"response": "toward"}"#))
            #expect(answer.status == .notFound)
            let intruder = try await client.execute(
                uri: "/v1/moments", method: .post, headers: TwoCouples.bearer(couples.mayaAndJonas), body: ByteBuffer(string: body))
            #expect(intruder.status == .badRequest && String(buffer: intruder.body).contains("not a partner"))
            #expect(try JSONJournalStore(path: couples.folder + "/maya-and-jonas.json").load().moments.isEmpty)

            let answered = try await client.execute(
                uri: "/v1/moments/\(moment.id)/response", method: .post, headers: TwoCouples.bearer(couples.alexAndSam),
                body: ByteBuffer(string: #"{"response": "toward"}"#))
            #expect(answered.status == .ok)
            let stored = try JSONJournalStore(path: couples.folder + "/alex-and-sam.json").load().moments[0]
            #expect(
                stored.response == .toward && stored.kind == .bid
                    && stored.changes.stamp(of: "response").device.description == "servertest01")
        }
    }

    @Test func withoutAValidTokenNothingIsReachable() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        let forged = couples.alexAndSam.dropLast(4) + "0000"
        try await couples.app.test(.router) { client in
            for headers: HTTPFields in [
                [:], [.authorization: "Bearer \(forged)"], [.authorization: "Basic abc"], [.authorization: "Bearer mm_x_y"],
            ] {
                let answer = try await client.execute(uri: "/v1/report", method: .get, headers: headers)
                #expect(answer.status == .unauthorized && answer.headers[.wwwAuthenticate] == "Bearer")
            }
            #expect(try await client.execute(uri: "/health", method: .get).status == .ok)
        }
    }

    @Test func badInputGetsA400ThatSaysWhat() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            let headers = TwoCouples.bearer(couples.alexAndSam)
            for (body, words) in [
                (#"{"title": "Hug", "from": "alex"}"#, "'to' is missing"),
                (#"{"title": "  ", "from": "alex", "to": "sam"}"#, "title: it is empty"),
                (#"{"title": "Hug", "from": "alex", "to": "alex"}"#, "both giver and receiver"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "language": "hugs"}"#, "language"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "at": "yesterday"}"#, "at: 'yesterday'"),
                ("not json", "the body is not JSON: line 1, column 2"),
                // A NUL in any text field is refused by name (it would be a 500 from PostgreSQL).
                (#"{"title": "Hug\u0000", "from": "alex", "to": "sam"}"#, "title: it holds a NUL"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "note": "a\u0000b"}"#, "note: it holds a NUL"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "gesture": "long-hug\u0000"}"#, "gesture: it holds a NUL"),
                (#"{"title": "Hug", "from": "alex\u0000", "to": "sam"}"#, "from: it holds a NUL"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "timeZone": "UTC\u0000"}"#, "timeZone: it holds a NUL"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "at": "2026-11-24T08:15:00Z\u0000"}"#, "at: it holds a NUL"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "timeZone": "UTC\t"}"#, "timeZone: 'UTC"),
                (#"{"title": "Hug", "from": "alex", "to": "sam", "at": "9999-06-01T00:00:00Z"}"#, "outside the years a journal can hold"),
            ] {
                let answer = try await client.execute(uri: "/v1/moments", method: .post, headers: headers, body: ByteBuffer(string: body))
                #expect(answer.status == .badRequest, "\(body)")
                #expect(String(buffer: answer.body).contains(words), "\(body): \(String(buffer: answer.body))")
            }
            let huge = #"{"title": "Hug", "from": "alex", "to": "sam", "note": ""# + String(repeating: "x", count: 20_000) + #""}"#
            let tooLarge = try await client.execute(uri: "/v1/moments", method: .post, headers: headers, body: ByteBuffer(string: huge))
            #expect(tooLarge.status == .contentTooLarge)
            #expect(try await client.execute(uri: "/v1/report?days=0", method: .get, headers: headers).status == .badRequest)
            #expect(try await client.execute(uri: "/v1/suggestions?for=robin", method: .get, headers: headers).status == .badRequest)
            #expect(try JSONJournalStore(path: couples.folder + "/alex-and-sam.json").load().moments.isEmpty)
        }
    }

    @Test func theReportAndSuggestionsAreTheToolsOwnTypes() async throws {
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            let headers = TwoCouples.bearer(couples.alexAndSam)
            for title in ["Long hug", "Made coffee", "Love note"] {
                _ = try await client.execute(
                    uri: "/v1/moments", method: .post, headers: headers,
                    body: ByteBuffer(string: #"{"title": "\#(title)", "from": "sam", "to": "alex"}"#))
            }
            let report = try await client.execute(uri: "/v1/report?days=7", method: .get, headers: headers)
            let decoded = try JSONDecoder().decode(Answer<InsightReportShape>.self, from: Data(buffer: report.body))
            #expect(decoded.kind == "report" && decoded.data.summary.moments == 3)
            let ideas = try await client.execute(uri: "/v1/suggestions?for=alex&count=2", method: .get, headers: headers)
            #expect(try JSONDecoder().decode(Answer<[SuggestionShape]>.self, from: Data(buffer: ideas.body)).data.count == 2)
        }
    }

    /// Every error carries the documented Error body, with a message that says what to do.
    @Test func everyErrorHasTheDocumentedBody() async throws {
        struct ErrorBody: Decodable {
            struct Inner: Decodable { var message: String }
            var error: Inner
        }
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app.test(.router) { client in
            let headers = TwoCouples.bearer(couples.alexAndSam)
            let huge = #"{"title": "Hug", "from": "alex", "to": "sam", "note": ""# + String(repeating: "x", count: 20_000) + #""}"#
            let cases: [(String, HTTPRequest.Method, HTTPFields, String, HTTPResponse.Status, String)] = [
                ("/v1/nothing", .get, headers, "", .notFound, "no such route"),
                ("/v1/moments", .put, headers, "{}", .methodNotAllowed, "use POST, GET"),
                ("/v1/moments/abc/response", .get, headers, "", .methodNotAllowed, "use POST"),
                ("/v1/moments", .post, headers, huge, .contentTooLarge, "larger than 16384 bytes"),
                ("/v1/report", .get, [:], "", .unauthorized, "Authorization: Bearer"),
            ]
            for (uri, method, fields, body, status, words) in cases {
                let answer = try await client.execute(uri: uri, method: method, headers: fields, body: ByteBuffer(string: body))
                #expect(answer.status == status, "\(method) \(uri)")
                let decoded = try? JSONDecoder().decode(ErrorBody.self, from: Data(buffer: answer.body))
                #expect(decoded?.error.message.contains(words) == true, "\(method) \(uri): \(String(buffer: answer.body))")
                if status == .methodNotAllowed { #expect(answer.headers[.allow] != nil) }
            }
        }
    }

    /// A server that brings its own engine gets its scoring and strategies in `/v1/report`.
    @Test func theReportUsesTheInjectedEngine() async throws {
        struct Quarter: ConsistencyScoring {
            var name: String { "quarter" }
            func scores(counts: [Int], dailyTarget: Double) -> [Double] { counts.map { _ in 0.25 } }
        }
        let couples = try TwoCouples()
        defer { couples.remove() }
        try await couples.app(insights: InsightEngine(strategies: [BidsStrategy()], scoring: Quarter())).test(.router) { client in
            let headers = TwoCouples.bearer(couples.alexAndSam)
            _ = try await client.execute(
                uri: "/v1/moments", method: .post, headers: headers,
                body: ByteBuffer(string: #"{"title": "Long hug", "from": "sam", "to": "alex"}"#))
            let report = try await client.execute(uri: "/v1/report?days=7", method: .get, headers: headers)
            let decoded = try JSONDecoder().decode(Answer<InsightReportShape>.self, from: Data(buffer: report.body))
            #expect(decoded.data.summary.consistency == 0.25)
            #expect(decoded.data.strategies == ["bids"])
        }
    }

    @Test func tokensAreKeptHashed() throws {
        var book = TokenBook()
        var random = SeededGenerator(seed: 9)
        let token = book.issue(for: "couple-1", using: &random)
        let path = NSTemporaryDirectory() + "micromance-tokens-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try book.save(to: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let secret = String(token.split(separator: "_")[2])
        #expect(!text.contains(secret) && text.contains(TokenBook.digest(secret)))
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        let loaded = try TokenBook.load(from: path)
        #expect(loaded.journal(for: token) == "couple-1")
        #expect(loaded.journal(for: token + "0") == nil && loaded.journal(for: "mm__") == nil)
    }
}

/// The parts of the report the tests read.
struct InsightReportShape: Decodable {
    struct Summary: Decodable {
        var moments: Int
        var consistency: Double
    }
    var summary: Summary
    var strategies: [String]
}

struct SuggestionShape: Decodable { var title: String }

/// The OpenAPI document describes exactly the routes the router has.
@Suite struct OpenAPITests {
    @Test func theDocumentNamesEveryRouteAndNoOther() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("openapi.json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var documented = Set<String>()
        for (path, operations) in paths {
            for method in operations.keys { documented.insert("\(method.uppercased()) \(path)") }
        }
        let service = Service(journals: FolderDirectory(folder: "/nonexistent"), tokens: TokenBook(), device: .imported)
        let routed = Set(
            service.router().routes.map { route in
                let path = route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                return "\(route.method.rawValue) /" + path.joined(separator: "/")
            })
        #expect(
            routed == documented,
            "routed but not documented: \(routed.subtracting(documented)); documented but not routed: \(documented.subtracting(routed))")
    }
}
