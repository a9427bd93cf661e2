package org.newsgraph.eval.link;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.cluster.LinkFeature;
import org.newsgraph.cluster.LinkModel;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits the weights of a {@link LinkModel} on labelled comparisons: Tribuo's logistic regression
 * (AdaGrad SGD with the library's defaults, a fixed seed) over two labels, whose weight vectors'
 * difference is the binary model's.
 */
public final class LinkFitter {

    private static final String SAME = "same";
    private static final String OTHER = "other";
    private static final String[] NAMES = Arrays.stream(LinkFeature.values()).map(LinkFeature::key)
            .toArray(String[]::new);

    /** The fitted weights, with {@code threshold} as the model's threshold. */
    public LinkModel fit(List<LinkExample> examples, double threshold) {
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance("link examples", labels),
                labels);
        for (LinkExample e : examples) {
            data.add(new ArrayExample<>(new Label(e.same() ? SAME : OTHER), NAMES, e.features()));
        }
        Model<Label> model = new LogisticRegressionTrainer().train(data);
        Map<String, List<Pair<String, Double>>> weights = model.getTopFeatures(-1);
        Map<String, Double> same = asMap(weights.get(SAME));
        Map<String, Double> other = asMap(weights.get(OTHER));
        Map<LinkFeature, Double> binary = new EnumMap<>(LinkFeature.class);
        for (LinkFeature f : LinkFeature.values()) {
            binary.put(f, same.getOrDefault(f.key(), 0.0) - other.getOrDefault(f.key(), 0.0));
        }
        double intercept = same.getOrDefault(Model.BIAS_FEATURE, 0.0) - other.getOrDefault(Model.BIAS_FEATURE, 0.0);
        return new LinkModel(binary, intercept, threshold, threshold);
    }

    private static Map<String, Double> asMap(List<Pair<String, Double>> pairs) {
        Map<String, Double> map = new HashMap<>();
        pairs.forEach(p -> map.put(p.getA(), p.getB()));
        return map;
    }
}
