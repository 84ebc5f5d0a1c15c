package org.yichuang.platform.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dispatches requests by method and path template ({@code /cases/{caseNumber}}); failures become problem details. */
final class Router implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    @FunctionalInterface
    interface Route {
        void handle(Exchange exchange) throws Exception;
    }

    /** A declared route, also read by the contract test against platform-api.yaml. */
    record Declared(String method, String template, Pattern pattern, List<String> names, Route route) {
    }

    private final List<Declared> routes = new ArrayList<>();
    private final ObjectMapper json;

    Router(ObjectMapper json) {
        this.json = json;
    }

    Router on(String method, String template, Route route) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Declared(method, template, Pattern.compile(regex.toString()), names, route));
        return this;
    }

    List<Declared> declared() {
        return List.copyOf(routes);
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        String path = http.getRequestURI().getPath();
        Exchange exchange = null;
        try {
            boolean pathKnown = false;
            for (Declared d : routes) {
                Matcher m = d.pattern().matcher(path);
                if (!m.matches()) {
                    continue;
                }
                pathKnown = true;
                if (d.method().equals(http.getRequestMethod())) {
                    Map<String, String> vars = new HashMap<>();
                    for (int i = 0; i < d.names().size(); i++) {
                        vars.put(d.names().get(i), m.group(i + 1));
                    }
                    exchange = new Exchange(http, json, vars);
                    d.route().handle(exchange);
                    return;
                }
            }
            exchange = new Exchange(http, json, Map.of());
            throw pathKnown ? new ApiError(405, "Method Not Allowed", http.getRequestMethod() + " is not allowed here")
                    : ApiError.notFound("path " + path);
        } catch (ApiError e) {
            exchange.problem(e);
        } catch (Exception e) {
            if (busy(e)) { // still locked after the busy timeout: say "try again", which it is
                LOG.log(System.Logger.Level.WARNING, "request to " + path + " found the database busy");
                Exchange x = exchange == null ? new Exchange(http, json, Map.of()) : exchange;
                x.header("Retry-After", "2");
                x.problem(new ApiError(503, "Service Unavailable", "the platform's database is busy; try again"));
                return;
            }
            LOG.log(System.Logger.Level.ERROR, "request to " + path + " failed", e);
            (exchange == null ? new Exchange(http, json, Map.of()) : exchange)
                    .problem(new ApiError(500, "Internal Server Error", "the platform failed; see its log"));
        } finally {
            http.close();
        }
    }

    /** SQLITE_BUSY or SQLITE_LOCKED (any extended code), wherever in the cause chain. */
    static boolean busy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException s) {
                int primary = s.getResultCode().code & 0xff;
                return primary == 5 || primary == 6;
            }
        }
        return false;
    }
}
