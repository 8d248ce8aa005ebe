package io.github.mocksecretsmanager.internal.engine;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/** GetRandomPassword: draws from a {@link SecureRandom}, honouring every option of the request. */
final class PasswordGenerator {

    static final String LOWERCASE = "abcdefghijklmnopqrstuvwxyz";
    static final String UPPERCASE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String NUMBERS = "0123456789";
    /** The punctuation AWS documents for GetRandomPassword. */
    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /** Created on first use: seeding a SecureRandom loads the security providers, 20 ms of start-up. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    String generate(PasswordSpec spec) {
        List<String> requiredTypes = new ArrayList<>();
        addType(requiredTypes, spec.excludeLowercase() ? "" : LOWERCASE, spec);
        addType(requiredTypes, spec.excludeUppercase() ? "" : UPPERCASE, spec);
        addType(requiredTypes, spec.excludeNumbers() ? "" : NUMBERS, spec);
        addType(requiredTypes, spec.excludePunctuation() ? "" : PUNCTUATION, spec);
        StringBuilder pool = new StringBuilder();
        requiredTypes.forEach(pool::append);
        if (spec.includeSpace() && spec.excludeCharacters().indexOf(' ') < 0) {
            pool.append(' '); // space is allowed, but not one of the types RequireEachIncludedType demands
        }
        if (pool.length() == 0) {
            throw Errors.noPasswordCharacters();
        }
        if (spec.requireEachIncludedType() && spec.length() < requiredTypes.size()) {
            throw Errors.passwordTooShortForEachType(requiredTypes.size());
        }
        char[] password = new char[spec.length()];
        int next = 0;
        if (spec.requireEachIncludedType()) {
            for (String type : requiredTypes) {
                password[next++] = pick(type);
            }
        }
        String all = pool.toString();
        while (next < password.length) {
            password[next++] = pick(all);
        }
        for (int i = password.length - 1; i > 0; i--) {
            int j = Random.INSTANCE.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return new String(password);
    }

    private static void addType(List<String> types, String characters, PasswordSpec spec) {
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (spec.excludeCharacters().indexOf(c) < 0) {
                kept.append(c);
            }
        }
        if (kept.length() > 0) {
            types.add(kept.toString());
        }
    }

    private char pick(String characters) {
        return characters.charAt(Random.INSTANCE.nextInt(characters.length()));
    }
}
