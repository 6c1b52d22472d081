package dev.precis.tlm.describe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionsTest {
    private static final List<String> TIMINGS = List.of("tRCD", "tRP", "tRAS", "tRCDRD", "tRCDWR", "CL", "tCCD_L", "tCCD_S");

    @Test
    void aSlipSuggestsTheNearestNameIgnoringCase() {
        assertThat(NameSuggestions.nearest("tRCDD", TIMINGS)).contains("tRCD");
        assertThat(NameSuggestions.nearest("trcd", TIMINGS)).contains("tRCD");
        assertThat(NameSuggestions.nearest("tCCDL", TIMINGS)).contains("tCCD_L");
        assertThat(NameSuggestions.didYouMean("tRAS_", TIMINGS)).isEqualTo("; did you mean tRAS?");
    }

    @Test
    void anUnrelatedWordSuggestsNothing() {
        assertThat(NameSuggestions.nearest("voltage", TIMINGS)).isEmpty();
        assertThat(NameSuggestions.didYouMean("XYZ", TIMINGS)).isEmpty();
    }

    @Test
    void aShortWordAbbreviatesNamesItStartsOrWhoseWordItStarts() {
        List<String> examples = List.of("basic-links", "basic-clocks", "basic-params");
        assertThat(NameSuggestions.abbreviated("links", examples)).containsExactly("basic-links");
        assertThat(NameSuggestions.abbreviated("basic-p", examples)).containsExactly("basic-params");
        assertThat(NameSuggestions.abbreviated("basic", examples)).hasSize(3);
        assertThat(NameSuggestions.abbreviated("nothing", examples)).isEmpty();
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NameSuggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSuggestions.distance("", "abc")).isEqualTo(3);
        assertThat(NameSuggestions.distance("same", "same")).isZero();
    }
}
