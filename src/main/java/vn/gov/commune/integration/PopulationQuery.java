package vn.gov.commune.integration;

/** Request body of a population lookup; the ID travels in the body, never in a URL that a proxy might log. */
public record PopulationQuery(String personalId) {}
