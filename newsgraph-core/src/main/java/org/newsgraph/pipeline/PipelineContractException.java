package org.newsgraph.pipeline;

/**
 * A pipeline was assembled against its contract: a stage whose requirements no earlier stage
 * provides, or in the corpus pipeline a step reading a part nothing before it provides, or two steps
 * writing one part.
 */
public final class PipelineContractException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PipelineContractException(String message) {
        super(message);
    }
}
