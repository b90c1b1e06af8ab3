package org.drillsim.hazards.chemical;

/** Which set of dispersion coefficients σy(x), σz(x) applies; see {@link DispersionCoefficients}. */
public enum DispersionSetting {
    /** Briggs (1973) open-country curves (a fit to Pasquill–Gifford, valid 100 m–10 km). */
    RURAL,
    /** Briggs (1973) urban curves (McElroy–Pooler St. Louis data): classes A–B, C, D, E–F. */
    URBAN,
    /**
     * The Pasquill–Gifford curves of Turner (1970) as fitted in the EPA ISC3 model (EPA-454/B-95-003b):
     * σy = 465.116·x·tan(c − d·ln x), σz = a·x^b by distance range (x in km). Open country; the
     * curves of Turner's Workbook and of the textbooks' worked examples.
     */
    PASQUILL_GIFFORD
}
