package bank.ledger.app.security.user;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.security.access.Role;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The user API's role pattern (a constant, as annotations need) names exactly the roles there are. */
class RoleNamesTest {
    @Test
    void the_user_api_accepts_every_role_and_nothing_else() {
        assertThat(Arrays.stream(Role.values()).map(Role::label)).allMatch(label -> label.matches(UserController.ROLES));
        assertThat("superuser".matches(UserController.ROLES)).isFalse();
        assertThat(UserController.ROLES.split("\\|")).hasSize(Role.values().length);
    }
}
