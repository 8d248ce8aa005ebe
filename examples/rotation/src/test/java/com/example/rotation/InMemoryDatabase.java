package com.example.rotation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A database that holds one password per user; it can be told to ignore password changes. */
final class InMemoryDatabase implements PasswordDatabase {

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private volatile boolean ignoresPasswordChanges;

    InMemoryDatabase(String username, String password) {
        passwords.put(username, password);
    }

    /** From now on, changePassword succeeds but the old password stays, as a broken replica would. */
    void ignorePasswordChanges() {
        ignoresPasswordChanges = true;
    }

    @Override
    public boolean canLogIn(String username, String password) {
        return password.equals(passwords.get(username));
    }

    @Override
    public void changePassword(String username, String currentPassword, String newPassword) {
        if (!canLogIn(username, currentPassword)) {
            throw new IllegalStateException("access denied for " + username);
        }
        if (!ignoresPasswordChanges) {
            passwords.put(username, newPassword);
        }
    }
}
