package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.pipeline.Facet;

/**
 * Annotates English text with Stanford CoreNLP: tokens, sentences, POS, lemmas, coarse NER and SUTime.
 *
 * <p>Constructing one loads the models (several seconds, about 1 GB of heap), so build one per process and share
 * it: {@link #annotate} is safe to call from several threads, since each call works on its own CoreNLP document.
 * CoreNLP logs through SLF4J, which it brings along, so its messages go wherever the application's binding sends
 * them; the adapter does not reconfigure CoreNLP's process-wide logging.
 */
public final class CoreNlpAnnotator implements NlpAnnotator {

    /**
     * Models loaded in this process, by configuration. The models take seconds and gigabytes to
     * load and never change once loaded, so the process loads them once (issue 2) and every
     * command, test and bench of the process shares them: the one process-wide cache in newsgraph.
     */
    private static final Map<CoreNlpConfig, CoreNlpAnnotator> LOADED = new ConcurrentHashMap<>();

    private final StanfordCoreNLP pipeline;
    private final UnbrokenStretchMask mask;
    private final Set<Facet> provides;

    public CoreNlpAnnotator(CoreNlpConfig config) {
        this.pipeline = new StanfordCoreNLP(PipelineProperties.of(config));
        this.mask = new UnbrokenStretchMask(config.maxUnbrokenChars());
        this.provides = facets(config);
    }

    /** The annotator for this configuration, loading its models if this process has not yet. */
    public static CoreNlpAnnotator shared(CoreNlpConfig config) {
        return LOADED.computeIfAbsent(config, CoreNlpAnnotator::new);
    }

    @Override
    public NlpDocument annotate(String text, Optional<LocalDate> documentDate) {
        Annotation annotation = new Annotation(mask.apply(text));
        // SUTime resolves "on Thursday" against this date; without it such values stay relative (XXXX-WXX-4).
        documentDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, DateTimeFormatter.ISO_LOCAL_DATE.format(date)));
        pipeline.annotate(annotation);
        return AnnotationConverter.convert(text, annotation);
    }

    /**
     * Runs the same CoreNLP pipeline plainly, as a user of CoreNLP alone would, and returns the
     * number of tokens: the baseline the bench compares analyze with.
     */
    public long annotateRaw(String text, Optional<LocalDate> documentDate) {
        Annotation annotation = new Annotation(text);
        documentDate.ifPresent(date -> annotation.set(CoreAnnotations.DocDateAnnotation.class, DateTimeFormatter.ISO_LOCAL_DATE.format(date)));
        pipeline.annotate(annotation);
        return annotation.get(CoreAnnotations.TokensAnnotation.class).size();
    }

    /** The models this module ships with read English. */
    public static final Set<String> LANGUAGES = Set.of("en");

    @Override
    public Set<String> languages() {
        return LANGUAGES;
    }

    @Override
    public Set<Facet> provides() {
        return provides;
    }

    /** What an annotator with this configuration provides, known before its models are loaded. */
    public static Set<Facet> facets(CoreNlpConfig config) {
        Set<Facet> facets = EnumSet.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER);
        if (config.timeExpressions()) {
            facets.add(Facet.TIMEXES);
        }
        return Set.copyOf(facets);
    }
}
