package org.newsgraph.eval.corpora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Span;

class MeantimeXmlTest {

    private static final String ARTICLE = """
            <Document>
              <token t_id="1" sentence="0">Rain</token>
              <token t_id="2" sentence="0">fell</token>
              <token t_id="3" sentence="1">On</token>
              <token t_id="4" sentence="1">Monday</token>
              <Markables>
                <TIMEX3 m_id="7" type="DATE" value="2007-01-01">
                  <token_anchor t_id="3"/><token_anchor t_id="4"/>
                </TIMEX3>
                <EVENT_MENTION m_id="8"><token_anchor t_id="2"/></EVENT_MENTION>
                <token_anchor t_id="1"/>
              </Markables>
            </Document>
            """;

    @TempDir
    Path dir;

    @Test
    void laysTokensOutWithASpaceInASentenceAndALineBetweenSentences() throws IOException {
        MeantimeXml xml = MeantimeXml.read(write(ARTICLE), null);

        assertThat(xml.text()).isEqualTo("Rain fell\nOn Monday");
        assertThat(xml.spans()).containsEntry(4, new Span(13, 19));
        assertThat(xml.sentences()).containsEntry(3, 1);
        assertThat(xml.markables()).isEmpty();
    }

    @Test
    void readsTheMarkablesOfOneElementWithTheirAttributesAndOnlyTheirOwnAnchors() throws IOException {
        MeantimeXml xml = MeantimeXml.read(write(ARTICLE), "TIMEX3");

        assertThat(xml.markables()).singleElement().satisfies(m -> {
            assertThat(m.attribute("value")).isEqualTo("2007-01-01");
            assertThat(m.attribute("functionInDocument")).isNull();
            assertThat(m.tokens()).containsExactly(3, 4);
        });
    }

    @Test
    void namesTheFileOfBrokenXml() throws IOException {
        Path file = write("<Document><token t_id=\"1\" sentence=\"0\">Rain</Document>");

        assertThatThrownBy(() -> MeantimeXml.read(file, null)).hasMessageContaining(file.toString());
    }

    private Path write(String xml) throws IOException {
        return Files.writeString(dir.resolve("article.xml"), xml);
    }
}
