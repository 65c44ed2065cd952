/**
 * Stages and the pipeline that runs them. A stage declares the {@link org.credence.model.Layer}s
 * it needs and produces; {@link org.credence.pipeline.Pipeline.Builder} checks the order.
 */
package org.credence.pipeline;
