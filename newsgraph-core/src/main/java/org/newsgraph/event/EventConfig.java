package org.newsgraph.event;

/**
 * How events are weighed and told apart in time.
 *
 * @param leadSentences the sentences at the start of the text that tell the article's news: an
 *                      event named there weighs more for the main event, and a day named there
 *                      dates the main event when nothing nearer does
 * @param reportedDays  how many days an event may lie from the main event (or, without its date,
 *                      from the publication day) and still be reported rather than mentioned
 * @param cueWindow     how many words before a trigger are read for words that set its time
 *                      ("last", "upcoming")
 */
public record EventConfig(int leadSentences, int reportedDays, int cueWindow) {

    public EventConfig {
        if (leadSentences < 1 || reportedDays < 0 || cueWindow < 0) {
            throw new IllegalArgumentException("leadSentences >= 1, reportedDays >= 0 and cueWindow >= 0");
        }
    }

    public static EventConfig defaults() {
        return new EventConfig(3, 3, 6);
    }
}
