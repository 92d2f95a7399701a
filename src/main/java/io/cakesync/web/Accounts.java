package io.cakesync.web;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.spec.InvalidKeySpecException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

import jakarta.enterprise.context.ApplicationScoped;

/** The configured users, checked against their bcrypt hashes; plain passwords are never stored. */
@ApplicationScoped
class Accounts {
    private record Account(Set<String> roles, Password hash) {}

    private final Map<String, Account> accounts = new HashMap<>();
    private final PasswordFactory bcrypt;

    Accounts(AuthConfig config) {
        try {
            bcrypt = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, new WildFlyElytronPasswordProvider());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("bcrypt is not available", e);
        }
        config.users().orElse(List.of()).forEach(this::add);
    }

    /** The roles of a user whose password matches; empty for an unknown user or a wrong password. */
    Optional<Set<String>> verify(String name, char[] password) {
        Account account = accounts.get(name);
        try {
            return account != null && bcrypt.verify(account.hash(), password)
                    ? Optional.of(account.roles())
                    : Optional.empty();
        } catch (InvalidKeyException e) {
            return Optional.empty();
        }
    }

    /** The roles of a known user, for a session whose password was checked at sign-in. */
    Optional<Set<String>> roles(String name) {
        return Optional.ofNullable(accounts.get(name)).map(Account::roles);
    }

    private void add(String entry) {
        String[] parts = entry.trim().split(":", 3);
        if (parts.length != 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException(
                    "auth.users: expected name:role:bcrypt-hash, got an entry " + "with " + parts.length + " part(s)");
        }
        accounts.put(parts[0], new Account(Roles.granted(parts[1]), hash(parts[0], parts[2])));
    }

    /** htpasswd and Python write $2y$/$2b$, the same algorithm under another name. */
    private Password hash(String name, String modularCrypt) {
        String normalized = modularCrypt.replaceFirst("^\\$2[by]\\$", "\\$2a\\$");
        try {
            return bcrypt.translate(ModularCrypt.decode(normalized));
        } catch (InvalidKeySpecException | InvalidKeyException e) {
            throw new IllegalArgumentException(
                    "auth.users: the password of " + name + " is not a bcrypt hash ($2a$...)", e);
        }
    }
}
