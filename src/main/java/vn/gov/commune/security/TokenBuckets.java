package vn.gov.commune.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address, a user at an address): it holds at most
 * {@code capacity} tokens and gains one per {@code refill}. A key never seen has a full bucket and
 * takes no memory; at most {@code maxKeys} keys are kept, the least recently used forgotten first.
 */
public final class TokenBuckets {

  private static final class Bucket {
    double tokens;
    long updatedAt;

    Bucket(double tokens, long updatedAt) {
      this.tokens = tokens;
      this.updatedAt = updatedAt;
    }
  }

  private final double capacity;
  private final long nanosPerToken;
  private final LongSupplier nanoClock;
  private final Map<String, Bucket> buckets;

  public TokenBuckets(int capacity, Duration refill, int maxKeys) {
    this(capacity, refill, maxKeys, System::nanoTime);
  }

  TokenBuckets(int capacity, Duration refill, int maxKeys, LongSupplier nanoClock) {
    this.capacity = capacity;
    this.nanosPerToken = Math.max(1, refill.toNanos());
    this.nanoClock = nanoClock;
    this.buckets = recentlyUsed(maxKeys);
  }

  /** A map that keeps the {@code maxKeys} keys used most recently and forgets the others (not thread-safe). */
  static <V> Map<String, V> recentlyUsed(int maxKeys) {
    return new LinkedHashMap<>(64, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > maxKeys;
      }
    };
  }

  /** Whole seconds until the key has a token (0: it has one now). */
  public synchronized long secondsUntilAvailable(String key) {
    Bucket bucket = buckets.get(key);
    if (bucket == null) {
      return 0;
    }
    refill(bucket);
    if (bucket.tokens >= 1) {
      return 0;
    }
    return (long) Math.ceil((1 - bucket.tokens) * nanosPerToken / 1e9);
  }

  /** Takes one token if there is one (0), else says how many whole seconds to wait (nothing taken). */
  synchronized long tryTake(String key) {
    long wait = secondsUntilAvailable(key);
    if (wait == 0) {
      take(key, 1);
    }
    return wait;
  }

  /** Takes tokens; the bucket may go below zero, which is then waited for. A negative count gives back. */
  public synchronized void take(String key, double count) {
    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nanoClock.getAsLong()));
    refill(bucket);
    bucket.tokens = Math.min(capacity, bucket.tokens - count);
  }

  public synchronized void forget(String key) {
    buckets.remove(key);
  }

  synchronized int size() {
    return buckets.size();
  }

  private void refill(Bucket bucket) {
    long now = nanoClock.getAsLong();
    bucket.tokens = Math.min(capacity, bucket.tokens + (double) (now - bucket.updatedAt) / nanosPerToken);
    bucket.updatedAt = now;
  }
}
