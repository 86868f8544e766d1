package vn.gov.commune.digitisation;

/**
 * The digitisation indicator the plans track: dossier components digitised, how many of them were
 * reused from an earlier digitisation of the same citizen's paper (not scanned again), and that share.
 *
 * @param archiveItems files digitised from archives (administrators only, else null)
 */
public record DigitisationStats(long components, long reused, double reuseShare, Long archiveItems) {

  static DigitisationStats of(long components, long reused, Long archiveItems) {
    double share = components == 0 ? 0 : Math.round(1000.0 * reused / components) / 1000.0;
    return new DigitisationStats(components, reused, share, archiveItems);
  }
}
