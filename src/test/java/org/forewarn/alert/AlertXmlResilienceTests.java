package org.forewarn.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.CONSULAR;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.XmlSchemas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.InputSource;

/**
 * One alert holding a character XML cannot carry once made its CAP document and both feeds
 * unreadable for every reader. Whatever is stored — by an older version, or directly in SQL —
 * the public documents stay readable, well-formed and valid.
 */
class AlertXmlResilienceTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private String published() {
        return new Cases(api).publishedAlert(Fixtures.embassyAlert());
    }

    /** A published message inserted in SQL, as an older version kept them (no record), with control characters. */
    private UUID insertedBadMessage(String template) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into public_alerts (id, version, series_id, revision, msg_type, status, sender, headline, event,
                    description, instruction, assistance, severity, urgency, certainty, language, translations, area,
                    effective, expires, time_zone, created_by, created_at, published_by, sent)
                select :id, 1, :id, 1, 'ALERT', 'PUBLISHED', 'Embassy' || chr(11) || 'Moscow',
                    'Vertical' || chr(11) || 'tab', 'Event' || chr(1), 'Form' || chr(12) || 'feed and ' || chr(65534),
                    instruction || chr(27), 'Call ' || chr(8) || '112', severity, urgency, certainty, language,
                    jsonb_build_array(jsonb_build_object('language', 'ru', 'headline', 'Заголовок' || chr(11),
                        'description', 'Описание' || chr(65535), 'instruction', 'Инструкция' || chr(31))),
                    jsonb_set(area, '{description}', to_jsonb('Moscow' || chr(11) || 'Oblast')),
                    effective, expires, time_zone, created_by, created_at, published_by, sent + interval '1 second'
                from public_alerts where id = :template""")
                .param("id", id).param("template", UUID.fromString(template)).update();
        return id;
    }

    @Test
    void controlCharactersStoredInAnAlertNeverBreakItsCapDocumentOrTheFeeds() throws Exception {
        UUID bad = insertedBadMessage(published());

        var cap = api.anonymous().get("/alerts/" + bad + ".cap").expect(200).body();
        String current = api.anonymous().get("/alerts.atom").expect(200).body();
        String archive = api.anonymous().get("/alerts/archive.atom").expect(200).body();

        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        assertThat(cap).contains("<headline>Vertical\uFFFDtab</headline>", "<areaDesc>Moscow\uFFFDOblast</areaDesc>",
                "<senderName>Embassy\uFFFDMoscow</senderName>", "<contact>Call \uFFFD112</contact>");
        for (String feed : List.of(current, archive)) {
            assertThat(XmlSchemas.atomProblems(feed)).isEmpty();
            assertThat(parses(feed)).isTrue();
            assertThat(feed).contains(bad.toString(), "<title>Vertical\uFFFDtab</title>");
        }
        for (String document : List.of(cap, current, archive)) {
            assertThat(document).doesNotContain("\u000B", "\u0001", "\u000C", "\uFFFE", "\uFFFF", "\u001B", "\u0008");
        }
        api.anonymous().get("/alerts/" + bad).expect(200);
    }

    @Test
    void theArchiveStaysReadableAfterABrokenAlertIsCancelled() throws Exception {
        String first = published();
        String cancel = api.as(CONSULAR).post("/api/v1/alerts/" + first + "/cancel",
                Map.of("note", "The threat has passed.")).expect(201).id();
        // Written in SQL afterwards: control characters in the cancelled alert (which loses its record,
        // as if published by an older version) and in the Cancel's stored CAP document itself.
        jdbc.sql("update public_alerts set headline = headline || chr(11), cap_document = null where id = :id")
                .param("id", UUID.fromString(first)).update();
        jdbc.sql("""
                update public_alerts set description = description || chr(11),
                    cap_document = replace(cap_document, '</note>', chr(11) || '</note>') where id = :id""")
                .param("id", UUID.fromString(cancel)).update();

        String archive = api.anonymous().get("/alerts/archive.atom").expect(200).body();
        String cancelCap = api.anonymous().get("/alerts/" + cancel + ".cap").expect(200).body();
        String firstCap = api.anonymous().get("/alerts/" + first + ".cap").expect(200).body();

        assertThat(XmlSchemas.atomProblems(archive)).isEmpty();
        assertThat(archive).contains(first, cancel);
        assertThat(XmlSchemas.capProblems(cancelCap)).isEmpty();
        assertThat(cancelCap).contains("<note>The threat has passed.\uFFFD</note>");
        assertThat(XmlSchemas.capProblems(firstCap)).isEmpty();
        assertThat(XmlSchemas.atomProblems(api.anonymous().get("/alerts.atom").expect(200).body())).isEmpty();
    }

    /** Stored values are not checked again when read: rules for new input must not make old messages unreadable. */
    @Test
    void anAreaStoredBeforeThePointLimitStaysReadableInTheFeedsAndItsCap() throws Exception {
        UUID big = insertedBadMessage(published());
        jdbc.sql("""
                update public_alerts set area = jsonb_set(area, '{polygon}', (
                    select jsonb_agg(jsonb_build_array(55.75 + 0.2 * sin(2 * pi() * mod(i, 1500) / 1500),
                                                       37.62 + 0.3 * cos(2 * pi() * mod(i, 1500) / 1500)) order by i)
                    from generate_series(0, 1500) i)) where id = :id""").param("id", big).update();

        String cap = api.anonymous().get("/alerts/" + big + ".cap").expect(200).body();

        assertThat(XmlSchemas.capProblems(cap)).isEmpty();
        assertThat(cap.substring(cap.indexOf("<polygon>"), cap.indexOf("</polygon>")).split(" ")).hasSize(1501);
        assertThat(api.anonymous().get("/alerts/archive.atom").expect(200).body()).contains(big.toString());
        assertThat(api.anonymous().get("/alerts.atom").expect(200).body()).contains(big.toString());
        api.anonymous().get("/alerts/" + big).expect(200);
        api.as(CONSULAR).get("/api/v1/alerts/" + big).expect(200);
    }

    @Test
    void onlyCharactersXmlCannotCarryAreReplaced() {
        String kept = "tab\t line\n return\r \u00e9 \u4e2d \uD83D\uDEA8 \uFFFD \uE000";

        assertThat(SafeXml.clean(kept)).isSameAs(kept);
        assertThat(SafeXml.clean("a\u0000b\u000Bc\u001Fd\uFFFEe\uFFFFf")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
        assertThat(SafeXml.clean("lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800"))
                .isEqualTo("lone \uFFFD high, lone \uFFFD low, reversed \uFFFD\uFFFD");
        assertThat(SafeXml.clean(null)).isNull();
    }

    private static boolean parses(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        return true;
    }
}
