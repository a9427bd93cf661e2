package org.newsgraph.language;

import java.util.Optional;

/** The port to a language identifier. Implementations are safe to call from several threads. */
public interface LanguageIdentifier {

    /** The ISO 639-1 code of the text's language, or empty when the identifier cannot tell. */
    Optional<String> identify(String text);
}
