package com.cryptorebalancer.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the compiler cannot check of docs/architecture.md: the core depends on nothing but the JDK and
 * never reads the clock or unseeded randomness; adapters do not know each other or the app; outside
 * code sees of an adapter only its port implementations (and exceptions).
 */
@AnalyzeClasses(packages = "com.cryptorebalancer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "com.cryptorebalancer";
    private static final String DOMAIN = BASE + ".domain..";
    /** ojAlgo, the pure-Java optimiser: the domain's target suggestions only (architecture.md allows it there). */
    private static final String OPTIMISER = "org.ojalgo..";
    private static final String APPLICATION = BASE + ".application..";
    private static final String PORTS_OUT = BASE + ".application.port.out";
    private static final String ADAPTERS = BASE + ".adapter..";
    private static final String INBOUND_ADAPTERS = BASE + ".adapter.in..";
    private static final String MARKET_HTTP = BASE + ".adapter.out.market.http..";
    private static final Pattern ADAPTER_SLICE = Pattern.compile("^(" + Pattern.quote(BASE) + "\\.adapter\\.[^.]+\\.[^.]+)");

    @ArchTest
    static final ArchRule domainDependsOnlyOnTheJdkAndTheOptimiser = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, OPTIMISER);

    @ArchTest
    static final ArchRule onlyTargetSuggestionsUseTheOptimiser = noClasses()
            .that().resideOutsideOfPackage(BASE + ".domain.suggest..")
            .should().dependOnClassesThat().resideInAPackage(OPTIMISER);

    @ArchTest
    static final ArchRule applicationDependsOnlyOnTheJdkAndTheDomain = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule adaptersDoNotDependOnEachOther = slices().matching(BASE + ".adapter.(*).(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule adaptersDoNotDependOnTheApp = noClasses().that().resideInAPackage(ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(BASE + ".app..");

    @ArchTest
    static final ArchRule theCoreNeverReadsTheClockOrUnseededRandomness = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callCodeUnitWhere(readsTheClockOrUnseededRandomness())
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
            .because("time is passed in (a Clock in services, an Instant in the domain) and randomness is seeded");

    /**
     * Public classes of an outbound adapter are its ports' implementations, exceptions, or the pieces that
     * build and configure them (factories of its ports, settings records and enums). The HTTP client the market
     * sources share ({@code market.http}) is public for its sub-packages; the rule below keeps others from it.
     */
    @ArchTest
    static final ArchRule publicAdapterClassesImplementAPortOrAreExceptions = classes()
            .that().resideInAPackage(ADAPTERS).and().resideOutsideOfPackage(INBOUND_ADAPTERS)
            .and().resideOutsideOfPackage(MARKET_HTTP).and().arePublic()
            .should(implementAPortOrBeAnException());

    /** An inbound adapter (the web server) shows the app only how to start it, its settings, and its exceptions. */
    @ArchTest
    static final ArchRule publicInboundAdapterClassesStartOrConfigureIt = classes()
            .that().resideInAPackage(INBOUND_ADAPTERS).and().arePublic()
            .should(beARunningServerItsSettingsOrAnException());

    @ArchTest
    static final ArchRule outsideCodeSeesOfAnAdapterOnlyItsPortsServersSettingsAndExceptions = classes()
            .should(useOtherAdaptersOnlyThroughTheirPortsAndExceptions());

    private static DescribedPredicate<JavaCall<?>> readsTheClockOrUnseededRandomness() {
        return DescribedPredicate.describe("read the system clock or unseeded randomness", (JavaCall<?> call) -> {
            CodeUnitCallTarget target = call.getTarget();
            String owner = target.getOwner().getName();
            String name = target.getName();
            boolean noArguments = target.getRawParameterTypes().isEmpty();
            boolean clockArgument = target.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(Clock.class));
            return owner.startsWith("java.time.") && name.equals("now") && !clockArgument
                    || owner.equals("java.time.Clock") && (name.equals("systemUTC") || name.equals("systemDefaultZone")
                    || name.equals("system"))
                    || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                    || owner.equals("java.lang.Math") && name.equals("random")
                    || owner.equals("java.util.Random") && name.equals("<init>") && noArguments
                    || owner.equals("java.util.UUID") && name.equals("randomUUID");
        });
    }

    private static boolean isPortOrException(JavaClass c) {
        return c.isAssignableTo(Throwable.class)
                || c.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().equals(PORTS_OUT));
    }

    /** A port, an exception, a settings record or enum, or a factory whose public methods give only those (or itself). */
    private static boolean isExposedByAnOutboundAdapter(JavaClass c) {
        if (isPortOrException(c) || c.isRecord() || c.isEnum()) {
            return true;
        }
        var published = c.getMethods().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC)).toList();
        return !c.isInterface() && !published.isEmpty() && published.stream().map(m -> m.getRawReturnType()).allMatch(r ->
                r.equals(c) || isPortOrException(r) || r.isRecord() || r.isEnum());
    }

    private static ArchCondition<JavaClass> implementAPortOrBeAnException() {
        return new ArchCondition<>("implement a port of " + PORTS_OUT + " or be an exception") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean allowed = isExposedByAnOutboundAdapter(c);
                events.add(new SimpleConditionEvent(c, allowed, c.getName() + (allowed ? " implements, builds or configures a port"
                        : " is public but implements no port, is no exception, settings or factory of ports")));
            }
        };
    }

    private static boolean isInbound(JavaClass c) {
        return c.getPackageName().startsWith(BASE + ".adapter.in.");
    }

    private static boolean startsOrConfiguresAnAdapter(JavaClass c) {
        return c.isAssignableTo(AutoCloseable.class) || c.isRecord() || c.isAssignableTo(Throwable.class);
    }

    private static ArchCondition<JavaClass> beARunningServerItsSettingsOrAnException() {
        return new ArchCondition<>("be a server (AutoCloseable), a settings record, or an exception") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean allowed = startsOrConfiguresAnAdapter(c);
                events.add(new SimpleConditionEvent(c, allowed, c.getName()
                        + (allowed ? " starts or configures the adapter" : " is public but neither a server, a record nor an exception")));
            }
        };
    }

    private static Optional<String> adapterSlice(JavaClass c) {
        Matcher slice = ADAPTER_SLICE.matcher(c.getPackageName());
        return slice.find() ? Optional.of(slice.group(1)) : Optional.empty();
    }

    private static ArchCondition<JavaClass> useOtherAdaptersOnlyThroughTheirPortsAndExceptions() {
        return new ArchCondition<>("use another adapter only through its port implementations and exceptions") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> home = adapterSlice(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    Optional<String> slice = adapterSlice(target);
                    boolean foreign = slice.isPresent() && !slice.equals(home);
                    boolean exposed = target.getModifiers().contains(JavaModifier.PUBLIC)
                            && (isInbound(target) ? startsOrConfiguresAnAdapter(target) || isPortOrException(target)
                                    : isExposedByAnOutboundAdapter(target));
                    if (foreign && !exposed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
