package io.github.argmap.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JacksonTextTest {
    @Test
    void reason_replacesTheUnclosedMarkerWithThePlacePeopleCanFind() {
        assertThat(JacksonText.reason("Unexpected end-of-input: expected close marker for Object (start marker at "
                + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 3, column: 17])"))
                .isEqualTo("the object opened at line 3, column 17 is not closed");
        assertThat(JacksonText.reason("Unexpected end-of-input: expected close marker for Array (start marker at "
                + "[Source: (byte[])\"[1\"; line: 1, column: 1])"))
                .isEqualTo("the array opened at line 1, column 1 is not closed");
    }

    @Test
    void reason_dropsTheEndOfInputPrefixAndKeepsTheRest() {
        assertThat(JacksonText.reason("Unexpected end-of-input in a String value")).isEqualTo("inside a string");
        assertThat(JacksonText.reason("Unexpected end-of-input in VALUE_STRING")).isEqualTo("inside a string");
        assertThat(JacksonText.reason("Unexpected end-of-input in field name")).isEqualTo("inside a field name");
        assertThat(JacksonText.reason("Unexpected end-of-input within/between Object entries"))
                .isEqualTo("between the fields of an object");
        assertThat(JacksonText.reason("Unexpected end-of-input: something new")).isEqualTo("something new");
        assertThat(JacksonText.reason("Unexpected end-of-input")).isEqualTo("nothing follows");
    }

    @Test
    void reason_keepsOtherMessagesButOnlyTheirFirstLine() {
        assertThat(JacksonText.reason("Unexpected character ('}' (code 125)): was expecting double-quote\n at [Source: x]"))
                .isEqualTo("Unexpected character ('}' (code 125)): was expecting double-quote");
        assertThat(JacksonText.reason(null)).isEqualTo("unreadable content");
    }
}
