package com.dxp.collector.genesys.simulator.api;

import com.dxp.collector.genesys.simulator.SimulatorSettings;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The front door of every request: control calls go straight to {@link ControlEndpoint}; API calls are logged,
 * run through the fault injector, authenticated by bearer token and rate-limited, then served by their route.
 * Errors become Genesys error bodies here, and every API response gets {@code inin-correlation-id} and the
 * {@code inin-ratelimit-*} headers here, so endpoints stay small.
 */
final class ApiDispatcher implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ApiDispatcher.class.getName());
    private static final int MAX_BODY = 1 << 20;
    private static final byte[] MALFORMED = "{\"conversations\":[{\"conversationId\": <html>502 Bad Gateway</html>"
            .getBytes(StandardCharsets.UTF_8);

    private final Router api;
    private final Router control;
    private final TokenRegistry tokens;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final RequestLog requestLog;
    private final Clock clock;
    private final SimulatorSettings settings;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final Set<HttpExchange> held = ConcurrentHashMap.newKeySet();

    ApiDispatcher(Router api, Router control, TokenRegistry tokens, RateLimiter rateLimiter, FaultInjector faults,
                  RequestLog requestLog, Clock clock, SimulatorSettings settings, Executor executor,
                  ScheduledExecutorService scheduler) {
        this.api = api;
        this.control = control;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.requestLog = requestLog;
        this.clock = clock;
        this.settings = settings;
        this.executor = executor;
        this.scheduler = scheduler;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String correlationId = UUID.randomUUID().toString();
        try {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getPath();
            byte[] body = readBody(exchange);
            if (body == null) {
                send(exchange, ErrorBodies.response(new ApiException(413, "request.entity.too.large",
                        "The request body is too large."), correlationId, settings.requestsPerMinute()),
                        correlationId, false);
                return;
            }
            if ("/simulator".equals(path) || path.startsWith("/simulator/")) {
                serveControl(exchange, method, path, body, correlationId);
                return;
            }
            Router.Match match = api.match(method, path);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requestLog.record(match.endpointKey(method), caller(authorization));
            FaultInjector.FaultPlan plan = faults.decide(method, path);
            Runnable serve = () -> respond(exchange, match, method, path, body, authorization, correlationId, plan);
            if (plan.delay().isZero()) {
                serve.run();
            } else {
                scheduler.schedule(() -> dispatchLater(exchange, serve), plan.delay().toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "request " + correlationId + " failed", e);
            exchange.close();
        }
    }

    /** Drops the requests a timeout fault is holding; called on stop. */
    void releaseHeld() {
        held.forEach(HttpExchange::close);
        held.clear();
    }

    private void dispatchLater(HttpExchange exchange, Runnable serve) {
        try {
            executor.execute(serve);
        } catch (RejectedExecutionException e) {
            exchange.close();
        }
    }

    private void serveControl(HttpExchange exchange, String method, String path, byte[] body, String correlationId)
            throws IOException {
        SimResponse response;
        if (!exchange.getRemoteAddress().getAddress().isLoopbackAddress()) {
            response = ErrorBodies.response(new ApiException(403, "not.authorized",
                    "The simulator control API is for loopback callers only."), correlationId, 0);
        } else {
            response = route(control.match(method, path), method, path, exchange.getRequestURI().getRawQuery(),
                    body, null, correlationId, new RateLimiter.RateStatus[1]);
        }
        send(exchange, response, correlationId, false);
    }

    private void respond(HttpExchange exchange, Router.Match match, String method, String path, byte[] body,
                         String authorization, String correlationId, FaultInjector.FaultPlan plan) {
        try {
            Fault fault = plan.terminal();
            FaultKind kind = fault == null ? null : fault.kind();
            if (kind == FaultKind.CONNECTION_RESET) {
                exchange.close();
                return;
            }
            if (kind == FaultKind.TIMEOUT) {
                held.add(exchange);
                scheduler.schedule(() -> {
                    if (held.remove(exchange)) {
                        exchange.close();
                    }
                }, fault.hold().toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            RateLimiter.RateStatus[] rate = {rateLimiter.idle()};
            SimResponse response;
            if (kind == FaultKind.RATE_LIMIT_STORM) {
                response = ErrorBodies.response(ApiException.tooManyRequests(
                        "Rate limit exceeded the maximum [" + settings.requestsPerMinute()
                                + "] requests within [60] seconds", fault.retryAfterSeconds()),
                        correlationId, settings.requestsPerMinute());
            } else if (kind == FaultKind.SERVER_ERROR) {
                response = ErrorBodies.response(serverError(fault.status()), correlationId,
                        settings.requestsPerMinute());
            } else {
                response = route(match, method, path, exchange.getRequestURI().getRawQuery(), body, authorization,
                        correlationId, rate);
            }
            if (path.startsWith("/api/")) {
                response = response.withHeaders(rate[0].headers());
            }
            if (kind == FaultKind.MALFORMED_BODY && response.body() != null) {
                response = response.withBody(MALFORMED);
            }
            send(exchange, response, correlationId, kind == FaultKind.TRUNCATED_BODY);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "response " + correlationId + " not delivered", e);
            exchange.close();
        }
    }

    private SimResponse route(Router.Match match, String method, String path, String rawQuery, byte[] body,
                              String authorization, String correlationId, RateLimiter.RateStatus[] rate) {
        try {
            if (!match.found()) {
                throw match.pathKnown()
                        ? new ApiException(405, "method.not.allowed", "HTTP 405 Method Not Allowed",
                        Map.of(), false)
                        : ApiException.notFound("HTTP 404 Not Found");
            }
            Instant now = clock.instant();
            Grant grant = null;
            if (match.route().isApi()) {
                String token = bearer(authorization);
                if (token == null) {
                    throw new ApiException(401, "authentication.required",
                            "No authentication bearer token specified in authorization header.");
                }
                grant = tokens.find(token, now).orElseThrow(() -> new ApiException(401, "bad.credentials",
                        "Invalid login credentials."));
                rate[0] = rateLimiter.acquire(token, grant.clientId(), now);
                if (!rate[0].allowed()) {
                    requestLog.recordOverBudget(grant.clientId());
                    throw ApiException.rateLimited(rate[0].limit(), rate[0].resetSeconds());
                }
                requestLog.recordLimited(grant.clientId(), now);
            }
            ApiCall call = new ApiCall(method, path, rawQuery, match.pathParams(), ApiCall.parseQuery(rawQuery),
                    body, authorization, grant, now);
            return match.route().endpoint().handle(call);
        } catch (ApiException e) {
            return ErrorBodies.response(e, correlationId, settings.requestsPerMinute());
        }
    }

    private String caller(String authorization) {
        String token = bearer(authorization);
        if (token != null) {
            return tokens.find(token, clock.instant()).map(Grant::clientId).orElse(RequestLog.ANONYMOUS);
        }
        Optional<String[]> basic = OAuthEndpoint.basicCredentials(authorization);
        return basic.filter(c -> tokens.isKnownClient(c[0])).map(c -> c[0]).orElse(RequestLog.ANONYMOUS);
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).trim();
        return token.isEmpty() ? null : token;
    }

    private static ApiException serverError(int status) {
        return switch (status) {
            case 502 -> new ApiException(502, "bad.gateway", "The gateway received an invalid response.");
            case 503 -> new ApiException(503, "service.unavailable", "The service is currently unavailable.");
            case 504 -> new ApiException(504, "gateway.timeout", "The gateway timed out.");
            default -> new ApiException(status, "internal.server.error", "The server encountered an error.");
        };
    }

    private static byte[] readBody(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                in.transferTo(OutputStream.nullOutputStream());
                return null;
            }
            return body;
        }
    }

    private static void send(HttpExchange exchange, SimResponse response, String correlationId, boolean truncate)
            throws IOException {
        exchange.getResponseHeaders().set("inin-correlation-id", correlationId);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
        byte[] body = truncate ? Arrays.copyOf(response.body(), response.body().length / 2) : response.body();
        exchange.sendResponseHeaders(response.status(), truncate ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
