package bank.ledger.app.security.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether any handler serves a method on a path: what lets the access table tell "an endpoint missing
 * from the table" (administrators only, fail closed) from "no such endpoint" (an unknown path or a wrong
 * method, which any authenticated caller may learn: 404 or 405 with Allow, not a 403 that hides nothing).
 * Read from Spring MVC's handler mappings (the API's and the actuator's) on first use.
 */
public final class ServedEndpoints {
    private record Served(PathPattern pattern, Set<RequestMethod> methods) {
        boolean serves(String method, PathContainer path) {
            return pattern.matches(path) && (methods.isEmpty() || methods.stream().anyMatch(m -> m.name().equals(method)
                    || (m == RequestMethod.GET && "HEAD".equals(method))));
        }
    }

    private final Supplier<List<RequestMappingInfoHandlerMapping>> mappings;
    private volatile List<Served> served;

    public ServedEndpoints(Supplier<List<RequestMappingInfoHandlerMapping>> mappings) {
        this.mappings = mappings;
    }

    public boolean serves(String method, String path) {
        PathContainer parsed = PathContainer.parsePath(path);
        return served().stream().anyMatch(endpoint -> endpoint.serves(method, parsed));
    }

    private List<Served> served() {
        List<Served> known = served;
        if (known == null) {
            known = new ArrayList<>();
            for (RequestMappingInfoHandlerMapping mapping : mappings.get()) {
                for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                    for (String pattern : info.getPatternValues()) {
                        known.add(new Served(PathPatternParser.defaultInstance.parse(pattern),
                                info.getMethodsCondition().getMethods()));
                    }
                }
            }
            served = known = List.copyOf(known);
        }
        return known;
    }
}
