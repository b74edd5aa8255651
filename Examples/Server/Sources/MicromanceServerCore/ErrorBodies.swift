import Foundation
import HTTPTypes
import Hummingbird

/// The service's routes with every answer of 400 and above carrying the documented Error body
/// (`{"error": {"message": …}}`, `openapi.json`): a path that is not a route is a 404 that says
/// so, a route asked with another method a 405 with `Allow`, a body over the limit a 413 that
/// gives the limit, a missing token a 401 that says how to give one.
public struct ServiceRoutes: HTTPResponderBuilder {
    let router: Router<CoupleContext>
    let metrics: ServiceMetrics

    /// The routes, as `openapi.json` names them: method and path template.
    static let routes: [(method: HTTPRequest.Method, path: String)] = [
        (.get, "/health"), (.get, "/ready"), (.get, "/metrics"), (.post, "/v1/moments"), (.get, "/v1/moments"),
        (.post, "/v1/moments/{id}/response"),
        (.get, "/v1/report"), (.get, "/v1/suggestions"),
    ]

    /// The router's responder, wrapped so that every error carries a message.
    public func buildResponder() -> ErrorBodies<Router<CoupleContext>.Responder> {
        ErrorBodies(inner: router.buildResponder(), metrics: metrics)
    }

    /// The methods `path` is a route for (a `{…}` part matches any one part).
    static func methods(for path: String) -> [HTTPRequest.Method] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return routes.filter { route in
            let template = route.path.split(separator: "/", omittingEmptySubsequences: false)
            return template.count == parts.count && zip(template, parts).allSatisfy { $0.hasPrefix("{") ? !$1.isEmpty : $0 == $1 }
        }.map(\.method)
    }
}

/// Answers through `inner`, giving every error without a message one that says what and why,
/// and logs one access line per request (at `info`): its id, method, route template, status and
/// duration; never a query, a body, a journal's text or a token. The id is the client's
/// `X-Request-Id` when it gives a plain one (letters, digits, `-`, up to 64), else a new one, and
/// comes back in the answer's `X-Request-Id`. A 500 is logged (at `error`) with its cause.
public struct ErrorBodies<Inner: HTTPResponder>: HTTPResponder where Inner.Context == CoupleContext {
    let inner: Inner
    let metrics: ServiceMetrics

    static var requestIDField: HTTPField.Name { HTTPField.Name("X-Request-Id") ?? .connection }

    /// Answers through the router; an error, thrown or returned without a body, gets one.
    public func respond(to request: Request, context: CoupleContext) async throws -> Response {
        let started = ContinuousClock.now
        let id = request.headers[Self.requestIDField].flatMap(Self.plainID) ?? Self.newID()
        var context = context
        context.logger[metadataKey: "request"] = .string(id)
        var response = try await answer(request, context)
        response.headers[Self.requestIDField] = id
        let elapsed = ContinuousClock.now - started
        metrics.request(
            method: request.method.rawValue, route: context.endpointPath ?? "(no route)", status: response.status.code, took: elapsed)
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        context.logger.info(
            "\(request.method.rawValue) \(context.endpointPath ?? "(no route)") \(response.status.code) \(String(format: "%.1f", milliseconds)) ms"
        )
        return response
    }

    private func answer(_ request: Request, _ context: CoupleContext) async throws -> Response {
        do {
            let response = try await inner.respond(to: request, context: context)
            // The router answers a path it does not know with an empty 404 of its own.
            guard response.status.code >= 400, response.body.contentLength ?? 0 == 0 else { return response }
            return try described(HTTPError(response.status), request, context)
        } catch let error as HTTPError {
            return try described(error, request, context)
        } catch let fault as ServiceFault {
            context.logger.error("500: \(fault.cause)")
            return try described(HTTPError(.internalServerError, message: fault.message), request, context)
        }
    }

    static func plainID(_ text: String) -> String? {
        let bytes = text.utf8
        let plain = bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 }
        return !bytes.isEmpty && bytes.count <= 64 && plain ? text : nil
    }

    static func newID() -> String {
        var random = SystemRandomNumberGenerator()
        return String(format: "%016llx", random.next() as UInt64)
    }

    /// `error` with a message: a 404 for a route asked with another method becomes a 405.
    func described(_ error: HTTPError, _ request: Request, _ context: CoupleContext) throws -> Response {
        var error = error
        if error.status == .notFound, error.body == nil {
            let allowed = ServiceRoutes.methods(for: request.uri.path)
            if !allowed.isEmpty, !allowed.contains(request.method) {
                let names = allowed.map(\.rawValue).joined(separator: ", ")
                var headers = error.headers
                headers[.allow] = names
                error = HTTPError(
                    .methodNotAllowed, headers: headers, message: "\(request.method.rawValue) is not taken here; use \(names)")
            } else {
                error.body = "there is no such route; the routes are in openapi.json"
            }
        }
        if error.body == nil { error.body = Self.reason(error.status) }
        return try error.response(from: request, context: context)
    }

    /// What an error without a message means, for the client.
    static func reason(_ status: HTTPResponse.Status) -> String {
        switch status {
        case .contentTooLarge: "the body is larger than \(Service.maximumBody) bytes; a moment is a few hundred"
        case .unauthorized: "give the couple's token: Authorization: Bearer mm_…"
        default: status.reasonPhrase
        }
    }
}

/// A request that failed for a reason of the service's own (the store could not be reached, say):
/// the client is told only `message`; `cause` goes to the log, and holds no journal data.
struct ServiceFault: Error {
    var message = "the journal could not be read or written; try again"
    var cause: String
}
