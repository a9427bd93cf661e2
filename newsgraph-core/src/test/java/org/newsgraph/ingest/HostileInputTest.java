package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and hostile bytes under every name newsgraph reads, in the spirit of Lucene's
 * checkRandomData: reading never throws, and each file gives an answer.
 */
class HostileInputTest {

    private static final List<String> NAMES = List.of("a.txt", "a.html", "a.html.gz", "a.jsonl");
    private static final int ROUNDS = 400;

    @TempDir
    Path dir;

    @Test
    void randomBytesNeverThrowAndGiveOneItemAFile() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        IngestConfig config = new IngestConfig(4096, 512);
        ArticleReader reader = new ArticleReader(config);
        for (int round = 0; round < ROUNDS; round++) {
            String name = NAMES.get(random.nextInt(NAMES.size()));
            byte[] content = hostile(random);
            Path path = Inputs.write(dir, round + name, content);
            List<IngestItem> items = new ArrayList<>();

            reader.read(InputFile.of(path, InputKind.of(name).orElseThrow()), items::add);

            String context = "seed " + seed + ", round " + round + ", " + name + " of " + content.length + " bytes";
            if (name.endsWith(".jsonl")) {
                assertThat(items).as(context).isNotEmpty().hasSizeLessThanOrEqualTo(lines(content) + 1);
            } else {
                assertThat(items).as(context).hasSize(1);
            }
        }
    }

    /** Bytes of a random size and flavour: noise, gzip headers, text-like, or newline-heavy. */
    private static byte[] hostile(Random random) {
        int size = random.nextInt(random.nextBoolean() ? 64 : 6000);
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        switch (random.nextInt(4)) {
            case 0 -> { } // pure noise
            case 1 -> prefix(bytes, Inputs.gzip(bytes.clone()), random.nextInt(bytes.length + 1));
            case 2 -> textLike(bytes, random);
            default -> sprinkle(bytes, random, (byte) '\n');
        }
        return bytes;
    }

    /** Starts with part of real gzip data, so the inflater sees valid headers and then garbage. */
    private static void prefix(byte[] bytes, byte[] gzip, int length) {
        System.arraycopy(gzip, 0, bytes, 0, Math.min(length, Math.min(gzip.length, bytes.length)));
    }

    private static void textLike(byte[] bytes, Random random) {
        String alphabet = "{}[]\":, \n<>/pdivé\\abc0123456789";
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
    }

    private static void sprinkle(byte[] bytes, Random random, byte value) {
        for (int i = 0; i < bytes.length / 8; i++) {
            bytes[random.nextInt(bytes.length)] = value;
        }
    }

    private static int lines(byte[] bytes) {
        int count = 1;
        for (byte b : bytes) {
            count += b == '\n' ? 1 : 0;
        }
        return count;
    }
}
