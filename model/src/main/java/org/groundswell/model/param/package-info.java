/**
 * Parameter metadata: the {@link org.groundswell.model.param.Param} annotation that holds each parameter's
 * meaning, unit, range, default and source in one place; validation at construction
 * ({@link org.groundswell.model.param.Requires}); defaults built from the annotations
 * ({@link org.groundswell.model.param.Defaults}). Depends on nothing.
 */
package org.groundswell.model.param;
