package org.groundswell.model.change;

import org.groundswell.model.parameters.HospitalParameters;

/**
 * Names a {@link Strategy} and makes one for a run. The bundled strategies are registered in
 * {@link Strategies}; a plug-in registers its factory as a service, so that scenarios and {@code --strategy}
 * can name it by its id:
 * <ol>
 *   <li>implement this interface (a public class with a public no-argument constructor);</li>
 *   <li>list the class's binary name in a file {@code META-INF/services/org.groundswell.model.change.StrategyFactory}
 *       on the class path (one name per line);</li>
 *   <li>name its id in a scenario ({@code strategy: my-id}) or on the command line.</li>
 * </ol>
 *
 * {@snippet :
 * public final class WalkRoundsFactory implements StrategyFactory {
 *     public String id() { return "walk-rounds"; }
 *     public String description() { return "senior leaders walk the units once a month"; }
 *     public Strategy create(HospitalParameters parameters) { return new WalkRounds(); }
 * }
 * }
 */
public interface StrategyFactory {

    /** The strategy's id: lower-case words joined by hyphens, unique among the strategies known. */
    String id();

    /** What the strategy does, in one line. */
    String description();

    /** A new strategy for a run of {@code parameters} (read its parameters here or in {@link Strategy#start}). */
    Strategy create(HospitalParameters parameters);
}
