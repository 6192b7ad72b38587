package org.forewarn.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void readsQuotedFieldsEscapedQuotesAndLineBreaksAndKnowsTheLine() throws IOException {
        CsvReader csv = csv("a,b\r\n\"Smith, Jane\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",x\nlast,");

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
        CsvReader csv = csv("\"open,field\n");

        assertThatThrownBy(csv::next).isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedWithItsNumber() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a,b\n" + "x".repeat(20) + ",y\n"), 20, 10);

        assertThat(csv.next()).containsExactly("a", "b");
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.Malformed.class)
                .hasMessage("line 2 is longer than 20 characters");
    }

    @Test
    void lineBreaksInsideQuotesCountTowardsTheLineLimit() {
        CsvReader csv = new CsvReader(new StringReader("\"" + "\n".repeat(100) + "\"\n"), 20, 10);

        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.Malformed.class)
                .hasMessage("line 1 is longer than 20 characters");
    }

    @Test
    void aLineOfExactlyTheLimitIsRead() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("\"" + "x".repeat(16) + "\",y\n"), 20, 10);

        assertThat(csv.next()).containsExactly("x".repeat(16), "y");
    }

    @Test
    void moreLinesThanTheLimitAreRefused() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("h\n1\n\n2\n3\n"), 100, 3);

        assertThat(csv.next()).containsExactly("h");
        assertThat(csv.next()).containsExactly("1");
        assertThat(csv.next()).containsExactly("2");
        assertThatThrownBy(csv::next).isInstanceOf(CsvReader.Malformed.class)
                .hasMessageContaining("more than 3 lines");
    }

    private static CsvReader csv(String text) {
        return new CsvReader(new StringReader(text), 10_000, 1_000);
    }
}
