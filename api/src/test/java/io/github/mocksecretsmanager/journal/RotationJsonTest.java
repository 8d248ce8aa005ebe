package io.github.mocksecretsmanager.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RotationJsonTest {

    @Test
    void readsTheListOfRotationFunctions() {
        assertThat(RotationJson.readRotationFunctions(
                        "{\"rotationFunctions\": [\"arn:aws:lambda:us-east-1:123456789012:function:a\", \"b\"]}"))
                .containsExactly("arn:aws:lambda:us-east-1:123456789012:function:a", "b");
        assertThat(RotationJson.readRotationFunctions("{\"rotationFunctions\": []}"))
                .isEmpty();
        assertThatThrownBy(() -> RotationJson.readRotationFunctions("{\"rotations\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rotationFunctions");
        assertThatThrownBy(() -> RotationJson.readRotationFunctions("{\"rotationFunctions\": [1]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a string");
    }
}
