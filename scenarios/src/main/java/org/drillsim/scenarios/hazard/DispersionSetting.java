package org.drillsim.scenarios.hazard;

/** Which Briggs (1973) dispersion-coefficient set applies: open country or built-up area. */
public enum DispersionSetting {
    /** Briggs open-country curves (fit to Pasquill–Gifford). */
    RURAL,
    /** Briggs urban curves (McElroy–Pooler St. Louis data); classes E and F use the D–E curve of the urban set. */
    URBAN
}
