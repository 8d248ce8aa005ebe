package io.github.mocksecretsmanager.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionKeysTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0f8e5d1c-2b3a-4c5d-8e9f-a0b1c2d3e4f5",
                "00000000-0000-0000-0000-000000000000",
                "ffffffff-ffff-ffff-ffff-ffffffffffff",
                "0F8E5D1C-2B3A-4C5D-8E9F-A0B1C2D3E4F5",
                "0f8e5d1c-2b3a-4c5d-8e9f-a0b1c2d3e4fg",
                "0f8e5d1c2b3a-4c5d-8e9f-a0b1c2d3e4f5-",
                "v1",
                "my-token-that-is-exactly-36-chars-xx"
            })
    void keyGivesBackExactlyTheIdItWasMadeFrom(String versionId) {
        assertThat(VersionKeys.of(versionId).toString()).isEqualTo(versionId);
        assertThat(VersionKeys.of(versionId)).isEqualTo(VersionKeys.of(versionId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0f8e5d1c-2b3a-4c5d-8e9f-a0b1c2d3e4f5", "ffffffff-ffff-ffff-ffff-ffffffffffff"})
    void lowercaseUuidsAreStoredAsNumbers(String versionId) {
        Object key = VersionKeys.of(versionId);
        assertThat(key).isNotInstanceOf(String.class);
        assertThat(key.toString()).isEqualTo(UUID.fromString(versionId).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0F8E5D1C-2B3A-4C5D-8E9F-A0B1C2D3E4F5", "0f8e5d1c-2b3a-4c5d-8e9f-a0b1c2d3e4fg", "v1"})
    void anyOtherIdStaysAString(String versionId) {
        assertThat(VersionKeys.of(versionId)).isSameAs(versionId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0F8E5D1C-2B3A-4C5D-8E9F-A0B1C2D3E4F5"})
    void idsDifferingOnlyInCaseAreDifferentVersions(String upper) {
        assertThat(VersionKeys.of(upper)).isNotEqualTo(VersionKeys.of(upper.toLowerCase(java.util.Locale.ROOT)));
    }
}
