package com.example.rotation;

/** The database whose password the secret holds: what the rotation function and the application need of it. */
public interface PasswordDatabase {

    /** Whether {@code username} can log in with {@code password}. */
    boolean canLogIn(String username, String password);

    /**
     * Changes the user's password, logged in with the current one.
     *
     * @throws IllegalStateException when {@code currentPassword} does not log in
     */
    void changePassword(String username, String currentPassword, String newPassword);
}
