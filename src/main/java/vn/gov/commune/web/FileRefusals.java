package vn.gov.commune.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of several files sent together (the evidence of a report, the scans of a dossier),
 * gathered so that the person reads every refused file in one message instead of fixing them one
 * submission at a time.
 */
public final class FileRefusals {

  private static final String NOTHING_SAVED = "Không có gì được lưu.";

  private final List<String> messages = new ArrayList<>();

  public void add(String message) {
    messages.add(message);
  }

  public boolean isEmpty() {
    return messages.isEmpty();
  }

  /** One refusal as it is; several as one sentence naming each, then "nothing was saved" once. */
  public String message() {
    if (messages.size() == 1) {
      return messages.get(0);
    }
    List<String> reasons = new ArrayList<>();
    for (String message : messages) {
      String reason = message.replace(NOTHING_SAVED, "").trim();
      reasons.add(reason.endsWith(".") ? reason.substring(0, reason.length() - 1) : reason);
    }
    return messages.size() + " tệp bị từ chối: " + String.join("; ", reasons) + ". " + NOTHING_SAVED;
  }
}
