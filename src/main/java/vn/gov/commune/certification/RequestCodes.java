package vn.gov.commune.certification;

import java.time.Instant;

/**
 * The code of a request received by a commune's one-stop centre, in the form of a dossier code
 * {agency e-ID}-{YYMMDD}-{NNNN} (TT 03/2025/TT-VPCP art. 13) and numbered with the commune's
 * dossiers of the day. It is the request's business key and what the clerk and the citizen see.
 * The dossier module gives the codes (its counter); this package names only what it needs.
 */
public interface RequestCodes {

  /** The next code of commune {@code communeId} for the day of {@code receivedAt}; call inside the engine's transaction. */
  String next(String communeId, Instant receivedAt);
}
