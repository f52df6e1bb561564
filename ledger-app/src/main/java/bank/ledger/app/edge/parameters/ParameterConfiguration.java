package bank.ledger.app.edge.parameters;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters are checked on the API only: Swagger UI, the OpenAPI document and actuator keep theirs. */
@Configuration(proxyBeanMethods = false)
class ParameterConfiguration implements WebMvcConfigurer {
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StrictParameters()).addPathPatterns("/api/**");
    }
}
