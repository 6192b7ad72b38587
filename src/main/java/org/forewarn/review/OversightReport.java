package org.forewarn.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.forewarn.shared.Figure;

/**
 * The oversight figures of a period, section by section; each figure links to the cases behind it.
 * See docs/oversight.md for what each figure counts.
 *
 * @param asOf when the figures were taken (an acknowledgment overdue, a deadline already past, are as of then)
 */
public record OversightReport(OversightPeriod period, Instant asOf, List<Section> sections) {

    /** One section, e.g. "Determinations by outcome". */
    public record Section(String key, String title, List<FigureView> figures) {
    }

    /**
     * @param cases the paged list of the cases behind the figure
     */
    public record FigureView(String key, String label, Value value, String cases) {

        static FigureView of(Figure figure, String casesLink) {
            return new FigureView(figure.key(), figure.label(), Value.of(figure), casesLink);
        }
    }

    /**
     * A figure's value: {@code count}; or {@code fraction} with {@code numerator} and {@code denominator}
     * (no fraction when the denominator is 0); or {@code duration} (ISO-8601) and {@code hours}, with
     * how many cases it was {@code measured} over (no duration when none were).
     */
    public record Value(Figure.Unit unit, Long count, Double fraction, Long numerator, Long denominator,
                        String duration, Double hours, Long measured) {

        static Value of(Figure f) {
            Duration d = f.duration();
            return new Value(f.unit(), f.count(), f.fraction(), f.numerator(), f.denominator(),
                    d == null ? null : d.toString(), d == null ? null : Math.round(d.toSeconds() / 36.0) / 100.0,
                    f.measured());
        }

        /** The value as the console and the CSV show it: "3", "75% (3 of 4)", "5 h 20 min", "none measured". */
        public String text() {
            return switch (unit) {
                case COUNT -> String.valueOf(count);
                case FRACTION -> fraction == null ? "none decided (0 of 0)"
                        : Math.round(fraction * 1000) / 10.0 + "% (" + numerator + " of " + denominator + ")";
                case DURATION -> duration == null ? "none measured"
                        : Figure.words(Duration.parse(duration)) + " (over " + measured + " cases)";
            };
        }
    }

    /** Every figure, in order. */
    public List<FigureView> figures() {
        return sections.stream().flatMap(s -> s.figures().stream()).toList();
    }
}
