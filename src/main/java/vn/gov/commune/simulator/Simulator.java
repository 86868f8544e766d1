package vn.gov.commune.simulator;

import vn.gov.commune.integration.NationalService;

/** A simulated national service; it keeps what it received in memory until {@link #clear()}. */
interface Simulator {

  NationalService service();

  /** Forgets everything received. */
  void clear();
}
