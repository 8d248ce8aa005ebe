package io.github.mocksecretsmanager.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.mocksecretsmanager.testsupport.ServerTest;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.model.InvalidParameterException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/** GetRandomPassword through the real SDK: every option. */
class GetRandomPasswordTest extends ServerTest {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static boolean any(String password, String characters) {
        return password.chars().anyMatch(c -> characters.indexOf(c) >= 0);
    }

    private static boolean onlyFrom(String password, String characters) {
        return password.chars().allMatch(c -> characters.indexOf(c) >= 0);
    }

    @RepeatedTest(20)
    void theDefaultIs32CharactersWithEveryTypeButSpace() {
        String password = client.getRandomPassword(r -> {}).randomPassword();

        assertThat(password).hasSize(32).doesNotContain(" ");
        assertThat(any(password, "abcdefghijklmnopqrstuvwxyz")).isTrue();
        assertThat(any(password, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")).isTrue();
        assertThat(any(password, "0123456789")).isTrue();
        assertThat(any(password, PUNCTUATION)).isTrue();
        assertThat(onlyFrom(password, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + PUNCTUATION))
                .isTrue();
    }

    @Test
    void lengthIsHonouredFromOneTo4096() {
        assertThat(client.getRandomPassword(r -> r.passwordLength(1L).requireEachIncludedType(false))
                        .randomPassword())
                .hasSize(1);
        assertThat(client.getRandomPassword(r -> r.passwordLength(4096L)).randomPassword())
                .hasSize(4096);
        for (long invalid : new long[] {0, 4097}) {
            assertThatThrownBy(() -> client.getRandomPassword(r -> r.passwordLength(invalid)))
                    .isInstanceOf(SecretsManagerException.class)
                    .satisfies(e -> assertThat(((SecretsManagerException) e)
                                    .awsErrorDetails()
                                    .errorCode())
                            .isEqualTo("ValidationException"));
        }
    }

    @RepeatedTest(10)
    void eachExclusionFlagRemovesItsType() {
        assertThat(client.getRandomPassword(r -> r.passwordLength(200L).excludeNumbers(true))
                        .randomPassword())
                .doesNotContainPattern("[0-9]");
        assertThat(client.getRandomPassword(r -> r.passwordLength(200L).excludeUppercase(true))
                        .randomPassword())
                .doesNotContainPattern("[A-Z]");
        assertThat(client.getRandomPassword(r -> r.passwordLength(200L).excludeLowercase(true))
                        .randomPassword())
                .doesNotContainPattern("[a-z]");
        String noPunctuation = client.getRandomPassword(
                        r -> r.passwordLength(200L).excludePunctuation(true))
                .randomPassword();
        assertThat(noPunctuation).matches("[a-zA-Z0-9]{200}");
    }

    @RepeatedTest(10)
    void excludedCharactersNeverAppear() {
        String password = client.getRandomPassword(
                        r -> r.passwordLength(500L).excludeCharacters("aeiouAEIOU0123456789!\"#$%&'()*+,-./"))
                .randomPassword();

        assertThat(any(password, "aeiouAEIOU0123456789!\"#$%&'()*+,-./")).isFalse();
        assertThat(any(password, ":;<=>?@[\\]^_`{|}~")).isTrue(); // the rest of the punctuation is required
    }

    @Test
    void spaceIsUsedOnlyWhenIncluded() {
        String onlyLettersAndSpace = client.getRandomPassword(r -> r.passwordLength(2000L)
                        .excludeNumbers(true)
                        .excludePunctuation(true)
                        .excludeUppercase(true)
                        .includeSpace(true))
                .randomPassword();

        assertThat(onlyLettersAndSpace).matches("[a-z ]{2000}").contains(" ");
    }

    @Test
    void withoutRequireEachIncludedTypeAShortPasswordNeedNotMixTypes() {
        Set<Boolean> sawAllTypes = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            String password = client.getRandomPassword(r -> r.passwordLength(2L).requireEachIncludedType(false))
                    .randomPassword();
            assertThat(password).hasSize(2);
            sawAllTypes.add(any(password, "0123456789"));
        }
        assertThat(sawAllTypes).contains(false);
    }

    @Test
    void requiringEachTypeNeedsRoomForEachType() {
        assertThatThrownBy(() -> client.getRandomPassword(r -> r.passwordLength(3L)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("PasswordLength must be at least 4");
        assertThat(client.getRandomPassword(r -> r.passwordLength(4L)).randomPassword())
                .hasSize(4);
    }

    @Test
    void excludingEveryCharacterIsRejected() {
        assertThatThrownBy(() -> client.getRandomPassword(r -> r.excludeLowercase(true)
                        .excludeUppercase(true)
                        .excludeNumbers(true)
                        .excludePunctuation(true)))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void passwordsDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            seen.add(client.getRandomPassword(r -> {}).randomPassword());
        }
        assertThat(seen).hasSize(50);
    }
}
