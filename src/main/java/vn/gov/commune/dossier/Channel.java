package vn.gov.commune.dossier;

/** How the dossier reached the one-stop centre. */
public enum Channel {
  ONLINE("Trực tuyến"),
  COUNTER("Trực tiếp tại Bộ phận một cửa"),
  POST("Qua dịch vụ bưu chính");

  private final String label;

  Channel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
