package org.groundswell.model.change;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.groundswell.model.param.ParameterException;
import org.groundswell.model.parameters.HospitalParameters;

/**
 * The change strategies a scenario can name in its {@code strategy} field: the bundled ones, in the order
 * {@code none}, {@code top-down}, {@code frontline}, {@code partnership}, then the plug-ins found on the class
 * path as services of {@link StrategyFactory}, in order of id. A plug-in whose id is already taken is ignored.
 */
public final class Strategies {

    /** The baseline: managers fix a few of the problems staff raise, and nothing else. */
    public static final String NONE = "none";
    /** Leadership rolls central practices out to every unit in waves. */
    public static final String TOP_DOWN = "top-down";
    /** Unit-based teams in a few pilot units; practices spread along the staff's ties. */
    public static final String FRONTLINE = "frontline";
    /** Frontline change with the labor-management partnership's structures. */
    public static final String PARTNERSHIP = "partnership";

    private record Bundled(String id, String description, Function<HospitalParameters, Strategy> maker)
            implements StrategyFactory {
        @Override
        public Strategy create(HospitalParameters parameters) {
            return maker.apply(parameters);
        }
    }

    private static final List<StrategyFactory> BUNDLED = List.of(
            new Bundled(NONE, "the baseline: managers fix a few of the problems staff raise; nothing else",
                    p -> new NoChange()),
            new Bundled(TOP_DOWN, "leadership picks initiatives from what it sees and rolls a central practice out "
                    + "to every unit in waves, with mandatory training and monitoring", p -> new TopDown()),
            new Bundled(FRONTLINE, "pilot units' own teams fix the problems their staff raised; practices spread "
                    + "along the staff's ties and are adapted by the units that adopt them",
                    p -> new Frontline(TeamSupport.NONE)),
            new Bundled(PARTNERSHIP, "frontline change with a labor-management partnership: social contract, "
                    + "education, consultants, tone, communication of results, physician leadership, strategic "
                    + "alignment and Study Action Teams, each a switch", p -> new Partnership(p.partnership())));

    /** Loaded once, on first use: the bundled factories, then the plug-ins. */
    private static final class Registry {
        static final List<StrategyFactory> ALL = load();

        private static List<StrategyFactory> load() {
            List<StrategyFactory> all = new ArrayList<>(BUNDLED);
            List<StrategyFactory> plugins = new ArrayList<>();
            for (StrategyFactory factory : ServiceLoader.load(StrategyFactory.class, Strategies.class.getClassLoader())) {
                plugins.add(factory);
            }
            plugins.sort(Comparator.comparing(StrategyFactory::id));
            for (StrategyFactory factory : plugins) {
                if (all.stream().noneMatch(f -> f.id().equals(factory.id()))) {
                    all.add(factory);
                }
            }
            return List.copyOf(all);
        }
    }

    private Strategies() {
    }

    /** Every known strategy's factory, bundled first. */
    public static List<StrategyFactory> factories() {
        return Registry.ALL;
    }

    /** The ids of the known strategies, baseline first. */
    public static List<String> ids() {
        return factories().stream().map(StrategyFactory::id).toList();
    }

    /** Whether {@code id} names a known strategy. */
    public static boolean isKnown(String id) {
        return factory(id).isPresent();
    }

    /** The factory of the strategy called {@code id}. */
    public static Optional<StrategyFactory> factory(String id) {
        return factories().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /**
     * Checks that {@code id} names a known strategy: what whoever builds a run's parameters calls, since the
     * parameter record itself cannot know the plug-ins.
     *
     * @throws ParameterException on field {@code strategy}, listing the ids that exist, if it does not
     */
    public static String require(String id) {
        if (!isKnown(id)) {
            throw new ParameterException("strategy", id, "one of " + String.join(", ", ids()));
        }
        return id;
    }

    /**
     * A new strategy {@code id} for a run of {@code parameters}.
     *
     * @throws IllegalArgumentException if no strategy is called {@code id}
     */
    public static Strategy create(String id, HospitalParameters parameters) {
        return factory(id).orElseThrow(() -> new IllegalArgumentException("no strategy called " + id))
                .create(parameters);
    }
}
