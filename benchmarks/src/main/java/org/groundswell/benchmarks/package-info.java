/**
 * JMH benchmarks of the model. Each class answers one question, stated in its header. Depends on the model
 * only. Run with {@code java -jar benchmarks/target/benchmarks.jar}; see {@code benchmarks/README.md}.
 */
package org.groundswell.benchmarks;
