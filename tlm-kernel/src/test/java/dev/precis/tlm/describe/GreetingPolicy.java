package dev.precis.tlm.describe;

/** A slot interface for the tests of slots: how a component greets. */
public interface GreetingPolicy extends Policy {
    String greet(String who);

    /** Registered in the test resources' META-INF/services. */
    final class Polite implements GreetingPolicy {
        @Override public String policyName() { return "polite"; }
        @Override public String description() { return "says good day"; }
        @Override public String greet(String who) { return "good day, " + who; }
    }

    /** Registered in the test resources' META-INF/services. */
    final class Terse implements GreetingPolicy {
        @Override public String policyName() { return "terse"; }
        @Override public String description() { return "says hi"; }
        @Override public String greet(String who) { return "hi " + who; }
    }
}
