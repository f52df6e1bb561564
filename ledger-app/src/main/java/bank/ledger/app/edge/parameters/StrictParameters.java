package bank.ledger.app.edge.parameters;

import bank.ledger.app.edge.EdgeRefusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Query parameters of the API are part of the contract like body fields: a name the endpoint does not
 * declare ({@code ?pagesize=10}, {@code ?form=…}) is {@code 400 unknownParameter} naming it rather than
 * silently ignored, before the controller runs. A parameter the endpoint marks {@link Deprecated} still
 * works for one version and the answer says so: {@code Deprecation: @<epoch seconds>} (RFC 9745), the
 * moment this version deprecated it.
 */
public class StrictParameters implements HandlerInterceptor {
    /** Issue 14's version (2026-12-01T00:00:00Z): the old pagination names were deprecated then. */
    public static final String DEPRECATED_SINCE = "@1796083200";
    public static final String UNKNOWN_PARAMETER = "unknownParameter";
    private final Map<Method, Declared> declaredBy = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Declared declared = declaredBy.computeIfAbsent(method.getMethod(), m -> Declared.of(method));
        for (String name : QueryNames.of(request.getQueryString())) {
            if (!declared.any() && !declared.names().contains(name)) {
                throw EdgeRefusal.of(HttpStatus.BAD_REQUEST, UNKNOWN_PARAMETER, name,
                        "the query parameter " + name + " is not one of this endpoint's: "
                                + (declared.names().isEmpty() ? "it takes none" : String.join(", ", declared.names())));
            }
            if (declared.deprecated().contains(name)) {
                response.setHeader("Deprecation", DEPRECATED_SINCE);
            }
        }
        return true;
    }

    /** The names an endpoint declares; {@code any} when it takes a map of all parameters. */
    record Declared(Set<String> names, Set<String> deprecated, boolean any) {
        static Declared of(HandlerMethod method) {
            Set<String> names = new TreeSet<>();
            Set<String> deprecated = new HashSet<>();
            boolean any = false;
            for (var parameter : method.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param == null) {
                    continue;
                }
                if (Map.class.isAssignableFrom(parameter.getParameterType())) {
                    any = true;
                    continue;
                }
                String explicit = StringUtils.hasText(param.name()) ? param.name() : param.value();
                String name = StringUtils.hasText(explicit) ? explicit : parameter.getParameterName();
                names.add(name);
                if (parameter.hasParameterAnnotation(Deprecated.class)) {
                    deprecated.add(name);
                }
            }
            return new Declared(names, deprecated, any);
        }
    }
}
