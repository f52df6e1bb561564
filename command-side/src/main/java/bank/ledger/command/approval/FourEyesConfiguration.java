package bank.ledger.command.approval;

import bank.ledger.domain.approval.FourEyes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The four-eyes gate the command handlers (and the account aggregate) ask; see {@link FourEyes}. The policy
 * ({@link MakerChecker}) is on every node: the approvals and users endpoints read it to show what a command
 * needs, and a node with only the query role (a reader behind the gateway) must start too (issue 16).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MakerCheckerProperties.class)
public class FourEyesConfiguration {
    @Bean
    MakerChecker makerChecker(MakerCheckerProperties properties) {
        return new MakerChecker(properties);
    }

    @Bean
    @Profile({"command", "connectors"})
    FourEyes fourEyes(MakerChecker makerChecker, FourEyes.Approvals approvals, MakerCheckerProperties properties) {
        return new FourEyes(makerChecker::policy, approvals, properties.exemptChannels());
    }
}
