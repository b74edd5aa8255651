import Foundation
import Prometheus

/// What the service counts for Prometheus (`GET /metrics`, the text format): requests by
/// method, route template and status, their latency by method and route, and the latency of
/// each store call by operation. Labels are route templates and operations, never a journal's
/// id, text or token, so the set of series stays small and says nothing about a couple.
public final class ServiceMetrics: Sendable {
    /// The registry the metrics live in (the server also hands it to swift-metrics, so that
    /// libraries reporting through `MetricsSystem` land in the same page).
    public let registry: PrometheusCollectorRegistry

    static let requestBuckets: [Duration] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 5_000].map { .milliseconds($0) }

    /// Metrics kept in `registry` (a fresh one unless given).
    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
    }

    /// Counts one answered request and its time.
    func request(method: String, route: String, status: Int, took: Duration) {
        registry.makeCounter(
            descriptor: MetricNameDescriptor(
                namespace: "micromance", metricName: "http_requests", unitName: "total",
                helpText: "Requests answered, by method, route template and status"),
            labels: [("method", method), ("route", route), ("status", String(status))]
        ).increment()
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "micromance", metricName: "http_request_duration", unitName: "seconds",
                helpText: "Time from a request's arrival to its answer, by method and route template"),
            labels: [("method", method), ("route", route)], buckets: Self.requestBuckets
        ).record(took)
    }

    /// Records one store call's time, by operation (`log`, `respond`, `history`, `report`, ...).
    func store(_ operation: String, took: Duration) {
        registry.makeDurationHistogram(
            descriptor: MetricNameDescriptor(
                namespace: "micromance", metricName: "store_call_duration", unitName: "seconds",
                helpText: "Time of each call to the journal store, by operation"),
            labels: [("operation", operation)], buckets: Self.requestBuckets
        ).record(took)
    }

    /// The metrics in Prometheus's text format.
    public func page() -> String { registry.emitToString() }
}
