package org.forewarn.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedFieldsEscapedQuotesAndLineBreaksAndKnowsTheLine() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a,b\r\n\"Smith, Jane\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",x\nlast,"));

        assertThat(csv.next()).containsExactly("a", "b");
        assertThat(csv.next()).containsExactly("Smith, Jane", "say \"hi\"");
        assertThat(csv.next()).containsExactly("two\nlines", "x");
        assertThat(csv.recordLine()).isEqualTo(4);
        List<String> last = csv.next();
        assertThat(last).containsExactly("last", "");
        assertThat(csv.recordLine()).isEqualTo(6);
        assertThat(csv.next()).isNull();
    }

    @Test
    void unclosedQuoteIsAnError() {
        CsvReader csv = new CsvReader(new StringReader("\"open,field\n"));

        assertThatThrownBy(csv::next).isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }
}
