package bank.ledger.command.approval;

import bank.ledger.domain.approval.FourEyes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The four-eyes gate the command handlers (and the account aggregate) ask; see {@link FourEyes}. */
@Configuration(proxyBeanMethods = false)
@Profile({"command", "connectors"})
@EnableConfigurationProperties(MakerCheckerProperties.class)
public class FourEyesConfiguration {
    @Bean
    MakerChecker makerChecker(MakerCheckerProperties properties) {
        return new MakerChecker(properties);
    }

    @Bean
    FourEyes fourEyes(MakerChecker makerChecker, FourEyes.Approvals approvals, MakerCheckerProperties properties) {
        return new FourEyes(makerChecker::policy, approvals, properties.exemptChannels());
    }
}
