package bank.ledger.app.security.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.edge.EdgeRefusal;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A person's password: long enough, not the username, not a common password. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PasswordPolicyTest {
    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelve_to_128_characters_are_accepted_and_one_less_or_more_is_weak() {
        assertThat(policy.weakness("clerk", "x7#kq-Lm2v9z")).isNull();
        assertThat(policy.weakness("clerk", "x7#kq-Lm2v9")).contains("12 to 128");
        assertThat(policy.weakness("clerk", "k9".repeat(30) + "x7#kq-Lm2v9z".repeat(5) + "abcdefgh")).isNull();
        assertThat(policy.weakness("clerk", "k9".repeat(30) + "x7#kq-Lm2v9z".repeat(5) + "abcdefghi")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123", "qwertyuiop123", "PASSWORD1234", "Password1234!", "!!Iloveyou2024",
            "dev-password", "passwordpassword", "aaaaaaaaaaaa", "abcabcabcabc", "2024-sunshine-2024"})
    void common_passwords_are_weak_whatever_their_case_and_the_digits_around_them(String password) {
        assertThat(policy.weakness("clerk", password)).contains("most common");
    }

    @Test
    void the_username_itself_is_weak_in_any_case() {
        assertThat(policy.weakness("long.username.1", "LONG.USERNAME.1")).contains("username");
    }

    @Test
    void a_refusal_is_weakPassword_naming_the_password_field_without_echoing_it() {
        assertThatThrownBy(() -> policy.check("clerk", "password1234"))
                .isInstanceOfSatisfying(EdgeRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("weakPassword");
                    assertThat(refusal.field()).isEqualTo("password");
                    assertThat(refusal.getMessage()).doesNotContain("password1234");
                });
    }
}
