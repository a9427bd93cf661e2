package org.newsgraph.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Two articles written independently about one made-up event: the same names, numbers and even
 * a quote, told in different words. Copies are made from the first.
 */
final class Texts {

    static final List<String> REPORT = List.of(
            "A magnitude 6.1 earthquake struck the coastal town of Marveno early on Tuesday, killing at least 14 people.",
            "The quake hit at 4:12 a.m. local time, when most residents were asleep, according to the national seismic institute.",
            "Rescue teams worked through the morning to free people trapped under collapsed apartment blocks near the harbour.",
            "Mayor Elena Castrillo said the old town had suffered the worst damage, with several churches badly cracked.",
            "\"We are still counting, and I fear the number will rise,\" Castrillo told reporters outside the town hall.",
            "The regional hospital treated more than 200 injured and asked for blood donations from neighbouring provinces.",
            "Power was cut across much of the province, and the main coastal road was closed by landslides in two places.",
            "The government sent three army battalions and two field hospitals to the area by the afternoon.",
            "Seismologists recorded at least 40 aftershocks, the strongest of magnitude 4.8, during the first six hours.",
            "They warned that further strong shocks could follow in the coming days and urged people to stay out of damaged buildings.",
            "Hundreds of families spent the night in tents set up in the football stadium and in school yards.",
            "The last earthquake of comparable strength in the region, in 1987, killed more than 60 people.",
            "Engineers will begin inspecting public buildings on Wednesday, starting with schools and the hospital wing that was evacuated.",
            "The prime minister is expected to visit Marveno on Wednesday morning and to declare a state of emergency.",
            "Neighbouring countries have offered search dogs and rescue specialists, and the first teams landed at the regional airport at noon.");

    static final List<String> OTHER_REPORT = List.of(
            "Fourteen people died and more than 200 were hurt when a strong earthquake shook Marveno before dawn on Tuesday.",
            "The national seismic institute put the magnitude at 6.1 and located the epicentre about ten kilometres offshore.",
            "Many of the victims were found in two apartment buildings by the harbour that folded in on themselves.",
            "\"We are still counting, and I fear the number will rise,\" said Mayor Elena Castrillo, who spent the day at the rescue sites.",
            "Residents described being thrown from their beds and running into the streets in their night clothes as walls gave way.",
            "By midday soldiers had joined firefighters and volunteers digging by hand through concrete and timber.",
            "The coastal road remains blocked, and officials said electricity could take several days to restore in outlying villages.",
            "Shops in the old town stayed shut, and long queues formed outside the few bakeries that managed to open.",
            "Dozens of aftershocks kept people out of their homes, and many chose to sleep in cars or on the beach.",
            "The Red Cross said it had distributed blankets, water and food to about 3,000 people by the evening.",
            "Scientists noted that the region sits on a fault that has produced damaging quakes roughly every few decades.",
            "Opposition politicians questioned whether building codes introduced after the 1987 disaster had been enforced.",
            "The interior ministry said a full assessment of the damage would take at least a week.");

    private Texts() {}

    static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    static String report() {
        return text(REPORT);
    }

    /** The lines without those at these positions, given in increasing order. */
    static List<String> without(List<String> lines, int... positions) {
        List<String> kept = new ArrayList<>(lines);
        for (int i = positions.length - 1; i >= 0; i--) {
            kept.remove(positions[i]);
        }
        return kept;
    }
}
