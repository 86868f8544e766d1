package vn.gov.commune.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What a simulator received, in order; thread-safe. */
final class Received<T> {

  private final List<T> items = new ArrayList<>();

  synchronized T add(T item) {
    items.add(item);
    return item;
  }

  synchronized List<T> all() {
    return List.copyOf(items);
  }

  synchronized List<T> where(Predicate<T> predicate) {
    return items.stream().filter(predicate).toList();
  }

  synchronized void clear() {
    items.clear();
  }
}
