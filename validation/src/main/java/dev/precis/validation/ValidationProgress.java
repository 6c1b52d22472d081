package dev.precis.validation;

/** Where the validation reports its progress (the command prints it on stderr). */
public interface ValidationProgress {

    ValidationProgress NONE = new ValidationProgress() {
        @Override
        public void started(Experiment experiment) {
        }

        @Override
        public void step(String experiment, String what) {
        }

        @Override
        public void finished(ExperimentResult result, double seconds) {
        }
    };

    void started(Experiment experiment);

    /** A step inside an experiment (one model, one load point). */
    void step(String experiment, String what);

    void finished(ExperimentResult result, double seconds);
}
