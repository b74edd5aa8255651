import Foundation
import Hummingbird
import MicromanceInsights
import MicromanceModel
import MicromanceStore

/// What a request carries through the service: the journal its token opened.
public struct CoupleContext: RequestContext {
    /// Hummingbird's own part of the context.
    public var coreContext: CoreRequestContextStorage
    /// The journal of the bearer token, once checked.
    public var journal: String?

    /// A context for a new request, with no journal yet.
    public init(source: Source) {
        coreContext = .init(source: source)
        journal = nil
    }

    /// A request body larger than this is refused with 413: a moment is a few hundred bytes.
    public var maxUploadSize: Int { Service.maximumBody }
}

/// `{ "schemaVersion": 1, "kind": KIND, "data": DATA }`, as `micromance --json` prints.
public struct Envelope<Data: Encodable & Sendable>: ResponseEncodable, Sendable {
    /// The version of the answer's shape.
    public var schemaVersion = 1
    /// What `data` is (`moment`, `history`, `report`, `suggestions`).
    public var kind: String
    /// The answer.
    public var data: Data
}

/// The service: JSON endpoints over a couple's journal, opened by the couple's bearer token.
///
/// - `POST /v1/moments` logs a moment; `POST /v1/moments/{id}/response` answers a bid;
/// - `GET /v1/moments?since=DAY&until=DAY&timeZone=ZONE` lists a period;
/// - `GET /v1/report?days=N` and `GET /v1/suggestions?for=PARTNER&count=N`.
///
/// Bodies and answers use the Codable types of `micromance --json`. Nothing about a journal is
/// logged; errors of the journal's rules are 400s that say what is wrong.
public struct Service: Sendable {
    /// The largest request body accepted, in bytes.
    public static let maximumBody = 16 * 1024

    let journals: any JournalDirectory
    /// The journal a presented token opens, or nil.
    let tokens: @Sendable (String) -> String?
    let device: DeviceID
    let now: @Sendable () -> Date
    /// The strategies and consistency scoring behind `/v1/report`.
    let insights: InsightEngine
    /// What `/metrics` shows.
    public let metrics: ServiceMetrics

    /// A service over `journals`, opened by `tokens`. Its changes are stamped as made by
    /// `device` (keep one per server), at the time `now` gives (injected in tests). Reports
    /// are made by `insights` (every built-in strategy unless a server brings its own).
    public init(
        journals: any JournalDirectory, tokens: TokenBook, device: DeviceID, now: @escaping @Sendable () -> Date = { Date() },
        insights: InsightEngine = .standard, metrics: ServiceMetrics = ServiceMetrics()
    ) {
        self.init(
            journals: journals, liveTokens: { tokens.journal(for: $0) }, device: device, now: now, insights: insights, metrics: metrics)
    }

    /// A service whose tokens are read as they are now (see ``LiveTokens``): a token added or
    /// revoked while it runs takes effect without a restart.
    public init(
        journals: any JournalDirectory, tokens: LiveTokens, device: DeviceID, now: @escaping @Sendable () -> Date = { Date() },
        insights: InsightEngine = .standard, metrics: ServiceMetrics = ServiceMetrics()
    ) {
        self.init(
            journals: journals, liveTokens: { tokens.journal(for: $0) }, device: device, now: now, insights: insights, metrics: metrics)
    }

    private init(
        journals: any JournalDirectory, liveTokens: @escaping @Sendable (String) -> String?, device: DeviceID,
        now: @escaping @Sendable () -> Date, insights: InsightEngine, metrics: ServiceMetrics
    ) {
        self.metrics = metrics
        self.journals = journals
        self.tokens = liveTokens
        self.device = device
        self.now = now
        self.insights = insights
    }

    /// A change stamp for now, from this server.
    func stamp() -> ChangeStamp {
        ChangeStamp(millis: Int64((now().timeIntervalSince1970 * 1000).rounded(.down)), device: device)
    }

    /// The routes, answering every error with the documented Error body (see ``ServiceRoutes``).
    public func routes() -> ServiceRoutes { ServiceRoutes(router: router(), metrics: metrics) }

    /// The router with every endpoint, behind the token check.
    public func router() -> Router<CoupleContext> {
        let router = Router(context: CoupleContext.self)
        router.get("/health") { _, _ in "ok" }
        // Prometheus's text format; no journal's data is in any label.
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.page())))
        }
        // Ready when the journals can be reached now: a load balancer's check, unlike /health.
        router.get("/ready") { _, _ in
            if let reason = await journals.unready() { throw HTTPError(.serviceUnavailable, message: "not ready: \(reason)") }
            return "ready"
        }
        let api = router.group("v1").add(middleware: BearerCheck(tokens: tokens))
        api.post("moments") { request, context in try await self.log(request, context) }
        api.post("moments/:id/response") { request, context in try await self.respond(request, context) }
        api.get("moments") { request, context in try await self.history(request, context) }
        api.get("report") { request, context in try await self.report(request, context) }
        api.get("suggestions") { request, context in try await self.suggestions(request, context) }
        return router
    }

    /// The body of `POST /v1/moments`.
    struct LogRequest: Decodable {
        var title: String
        var from: String
        var to: String
        var at: String?
        var timeZone: String?
        var language: LoveLanguage?
        var kind: MomentKind?
        var note: String?
        var response: BidResponse?
        var gesture: String?
    }

    /// The body of `POST /v1/moments/{id}/response`.
    struct RespondRequest: Decodable {
        var response: BidResponse
    }

    func store(_ context: CoupleContext) throws -> any AsyncJournalStore {
        guard let journal = context.journal else { throw HTTPError(.unauthorized) }
        return journals.store(for: journal)
    }

    func log(_ request: Request, _ context: CoupleContext) async throws -> EditedResponse<Envelope<Moment>> {
        let body = try await Self.decode(LogRequest.self, request, context)
        // A NUL cannot be kept by every store (PostgreSQL refuses it, and would log the text up
        // to it): refused here, naming the field, before anything reaches a store.
        for (field, text) in [
            ("title", body.title), ("from", body.from), ("to", body.to), ("at", body.at), ("timeZone", body.timeZone),
            ("note", body.note), ("gesture", body.gesture),
        ] where text?.utf8.contains(0) == true {
            throw HTTPError(.badRequest, message: "\(field): it holds a NUL character (\\u0000), which a journal cannot keep; remove it")
        }
        let title = body.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw HTTPError(.badRequest, message: "title: it is empty; say what happened") }
        let zone = body.timeZone ?? "UTC"
        guard Journal.isKnownTimeZone(zone) else {
            throw HTTPError(.badRequest, message: "timeZone: '\(zone.prefix(40))' is not a time zone such as Europe/Paris")
        }
        var at = now()
        if let text = body.at {
            guard let parsed = Timestamp.parse(text) else {
                throw HTTPError(.badRequest, message: "at: \(Timestamp.problem(with: text))")
            }
            at = parsed
        }
        var random = SystemRandomNumberGenerator()
        var moment = Moment(
            id: .random(using: &random), at: at, timeZone: zone, giver: Identifier(body.from), receiver: Identifier(body.to),
            title: title, gestureID: body.gesture.map { Identifier($0) }, language: body.language, note: body.note,
            response: body.response, kind: body.kind ?? .gesture)
        moment.changes = Changes(created: stamp())
        try await self.storeCall("log") { try await self.store(context).append(moment) }
        return EditedResponse(status: .created, response: Envelope(kind: "moment", data: moment))
    }

    func respond(_ request: Request, _ context: CoupleContext) async throws -> Envelope<Moment> {
        let body = try await Self.decode(RespondRequest.self, request, context)
        guard let id = context.parameters.get("id"), !id.isEmpty else { throw HTTPError(.badRequest, message: "the moment id is missing") }
        let store = try store(context)
        let stamp = self.stamp()
        // That moment alone is read and written (its row, in PostgreSQL), stamped so that a
        // device's copy merged later keeps this answer.
        let answered: Moment? = try await self.storeCall("respond") {
            try await store.updateMoment(Identifier(id), stampedAt: stamp) { moment in
                moment.response = body.response
                if moment.kind != .bid { moment.kind = .bid }
            }
        }
        guard let answered else { throw HTTPError(.notFound, message: "no moment has the id '\(id.prefix(40))' in this journal") }
        return Envelope(kind: "moment", data: answered)
    }

    func history(_ request: Request, _ context: CoupleContext) async throws -> Envelope<[Moment]> {
        let query = request.uri.queryParameters
        let zoneName = query["timeZone"].map(String.init) ?? "UTC"
        guard Journal.isKnownTimeZone(zoneName), let zone = TimeZone(identifier: zoneName) else {
            throw HTTPError(.badRequest, message: "timeZone: '\(zoneName.prefix(40))' is not a time zone such as Europe/Paris")
        }
        let today = CalendarDay(now(), in: zone)
        func day(_ name: String, _ fallback: CalendarDay) throws -> CalendarDay {
            guard let text = query[Substring(name)].map(String.init) else { return fallback }
            guard let day = CalendarDay(text) else {
                throw HTTPError(.badRequest, message: "\(name): '\(text.prefix(40))' is not a day like 2026-11-24")
            }
            return day
        }
        let since = try day("since", today.adding(days: -6)), until = try day("until", today)
        guard since <= until else { throw HTTPError(.badRequest, message: "since is after until") }
        guard since.days(until: until) <= 366 else { throw HTTPError(.badRequest, message: "ask for a year at most") }
        let start = since.start(in: zone), end = until.adding(days: 1).start(in: zone)
        let moments = try await self.storeCall("history") { try await self.store(context).moments(from: start, to: end) }
        return Envelope(kind: "history", data: moments.reversed())
    }

    func report(_ request: Request, _ context: CoupleContext) async throws -> Envelope<InsightReport> {
        let days = try Self.number(request, "days", default: 7, in: 1...366)
        // The period's moments, and the rest counted by the store (a database counts them in
        // place): the period's local days lie within two days either side of these instants
        // in any zone, the home zone included.
        let now = now()
        let (journal, history) = try await self.storeCall("report") {
            try await self.store(context).loadForReport(
                momentsFrom: now.addingTimeInterval(-Double(days + 2) * 86_400), to: now.addingTimeInterval(2 * 86_400))
        }
        let zone = journal.settings.timeZone.flatMap(TimeZone.init(identifier:)) ?? TimeZone(identifier: "UTC") ?? .current
        let insight = InsightContext(journal: journal, history: history, now: now, timeZone: zone, period: .lastDays(days))
        return Envelope(kind: "report", data: insights.report(insight))
    }

    func suggestions(_ request: Request, _ context: CoupleContext) async throws -> Envelope<[Suggestion]> {
        let count = try Self.number(request, "count", default: 3, in: 1...20)
        let journal = try await self.storeCall("suggestions") { try await self.store(context).load() }
        guard let name = request.uri.queryParameters["for"].map(String.init) else {
            throw HTTPError(.badRequest, message: "for: say whose ideas, by partner id")
        }
        guard let partner = journal.partner(Identifier(name)) else {
            throw HTTPError(.badRequest, message: "for: '\(name.prefix(40))' is not a partner in this journal")
        }
        let insight = InsightContext(journal: journal, now: now(), fallbackTimeZone: TimeZone(identifier: "UTC") ?? .current)
        return Envelope(
            kind: "suggestions", data: SuggestionEngine().suggest(SuggestionRequest(receiver: partner.id, count: count), in: insight))
    }

    static func number(_ request: Request, _ name: String, default fallback: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters[Substring(name)] else { return fallback }
        guard let value = Int(String(text)), range.contains(value) else {
            throw HTTPError(.badRequest, message: "\(name): give a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// The body, decoded; a body that is not the JSON asked for is a 400 that says where.
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, _ context: CoupleContext) async throws -> T {
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let bytes = Array(buffer: body)
        // Not JSON at all: say where and why (the decoder says neither).
        if let problem = JournalJSON.syntaxProblem(in: bytes) {
            throw HTTPError(
                .badRequest, message: "the body is not JSON: line \(problem.line), column \(problem.column): \(problem.reason)")
        }
        do {
            return try JSONDecoder().decode(type, from: Data(bytes))
        } catch let error as DecodingError {
            throw HTTPError(.badRequest, message: "the body is not what this endpoint takes: \(describe(error))")
        }
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case let .keyNotFound(key, _): "'\(key.stringValue)' is missing"
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context):
            "\(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription.prefix(120))"
        @unknown default: "it does not read"
        }
    }

    /// A store call, its errors as HTTP answers: the journal's rules are 400s, a journal that
    /// is not there a 404, anything else a 500 that says nothing of the journal.
    func storeCall<T: Sendable>(_ operation: String, _ body: () async throws -> T) async throws -> T {
        let started = ContinuousClock.now
        defer { metrics.store(operation, took: ContinuousClock.now - started) }
        do {
            return try await body()
        } catch let error as StoreError {
            switch error {
            case .refused(_, let problem): throw HTTPError(.badRequest, message: "\(problem)")
            case .notFound: throw HTTPError(.notFound, message: "this token's journal has not been created yet")
            case .io(_, let operation, let reason): throw ServiceFault(cause: "store: could not \(operation): \(reason)")
            default: throw ServiceFault(cause: "store: \(Mirror(reflecting: error).children.first?.label ?? "error")")
            }
        } catch let error as JournalValidationError {
            throw HTTPError(.badRequest, message: "\(error)")
        } catch let error as HTTPError {
            throw error
        } catch {
            throw ServiceFault(cause: "\(type(of: error))")
        }
    }
}

/// Opens the journal of a valid bearer token; anything else is a 401.
struct BearerCheck: RouterMiddleware {
    typealias Context = CoupleContext
    let tokens: @Sendable (String) -> String?

    func handle(
        _ request: Request, context: CoupleContext, next: (Request, CoupleContext) async throws -> Response
    ) async throws
        -> Response
    {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer "),
            let journal = tokens(String(header.dropFirst(7)))
        else {
            throw HTTPError(
                .unauthorized, headers: [.wwwAuthenticate: "Bearer"], message: "give this couple's token: Authorization: Bearer mm_...")
        }
        var context = context
        context.journal = journal
        return try await next(request, context)
    }
}

extension CalendarDay {
    /// The first instant of this day in `zone`.
    func start(in zone: TimeZone) -> Date {
        let midnightUTC = Date(timeIntervalSince1970: Double(dayNumber) * 86_400)
        let offset = zone.secondsFromGMT(for: midnightUTC)
        let guess = midnightUTC.addingTimeInterval(-Double(offset))
        return guess.addingTimeInterval(Double(offset - zone.secondsFromGMT(for: guess)))
    }
}
