package org.hazardledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateConverterTest {

    private final IsoDateConverter converter = new IsoDateConverter();

    @Test
    void writesIsoAndReadsTheWaysClerksTypeDates() {
        LocalDate d = LocalDate.of(2026, 6, 5);
        assertThat(converter.toString(d)).isEqualTo("2026-06-05");
        assertThat(converter.fromString("2026-06-05")).isEqualTo(d);
        assertThat(converter.fromString("2026/6/5")).isEqualTo(d);
        assertThat(converter.fromString(" 2026.6.5 ")).isEqualTo(d);
        assertThat(converter.fromString("2026-13-01")).isNull();
        assertThat(converter.fromString("六月五日")).isNull();
        assertThat(converter.fromString("")).isNull();
        assertThat(converter.toString(null)).isEmpty();
    }
}
