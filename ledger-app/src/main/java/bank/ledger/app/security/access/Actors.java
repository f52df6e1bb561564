package bank.ledger.app.security.access;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Translates between roles and Spring Security authorities, in one place for tokens and API keys. */
public final class Actors {
    private static final String ROLE_PREFIX = "ROLE_";

    private Actors() {
    }

    /** The role itself ({@code ROLE_ACCOUNTANT}) and each permission it grants ({@code PERM_POST_ENTRIES}). */
    public static List<GrantedAuthority> authorities(Role role) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role.name()));
        role.permissions().forEach(permission -> authorities.add(new SimpleGrantedAuthority(permission.authority())));
        return authorities;
    }

    /** The actor's role, or null for an anonymous or unauthenticated request. */
    public static Role roleOf(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                return Role.parse(name.substring(ROLE_PREFIX.length()));
            }
        }
        return null;
    }
}
