package org.newsgraph.pipeline;

/** A pipeline was assembled with a stage whose requirements no earlier stage provides. */
public final class PipelineContractException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PipelineContractException(String message) {
        super(message);
    }
}
