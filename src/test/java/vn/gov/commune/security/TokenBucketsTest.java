package vn.gov.commune.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  final AtomicLong now = new AtomicLong();

  @Test
  void aBurstThenOneTokenPerRefillPeriod() {
    TokenBuckets buckets = new TokenBuckets(3, Duration.ofSeconds(10), 100, now::get);
    for (int i = 0; i < 3; i++) {
      assertThat(buckets.tryTake("a")).isZero();
    }
    assertThat(buckets.tryTake("a")).isEqualTo(10);
    assertThat(buckets.tryTake("b")).as("another key has its own bucket").isZero();
    now.addAndGet(Duration.ofSeconds(4).toNanos());
    assertThat(buckets.secondsUntilAvailable("a")).isEqualTo(6);
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    assertThat(buckets.tryTake("a")).isZero();
    assertThat(buckets.tryTake("a")).isEqualTo(10);
  }

  @Test
  void aDebtIsWaitedForAndGivingBackNeverExceedsTheCapacity() {
    TokenBuckets buckets = new TokenBuckets(2, Duration.ofSeconds(1), 100, now::get);
    buckets.take("a", 6); // 2 - 6 = -4: five seconds until one token
    assertThat(buckets.secondsUntilAvailable("a")).isEqualTo(5);
    buckets.take("b", -5);
    assertThat(buckets.tryTake("b")).isZero();
    assertThat(buckets.tryTake("b")).isZero();
    assertThat(buckets.tryTake("b")).isEqualTo(1);
  }

  @Test
  void memoryIsBoundedByForgettingTheLeastRecentlySeenKeys() {
    TokenBuckets buckets = new TokenBuckets(1, Duration.ofMinutes(1), 1000, now::get);
    for (int i = 0; i < 50_000; i++) {
      buckets.take("198.51." + (i / 256) + "." + (i % 256), 1);
    }
    assertThat(buckets.size()).isEqualTo(1000);
    assertThat(buckets.secondsUntilAvailable("198.51." + (49_999 / 256) + "." + (49_999 % 256))).isEqualTo(60);
  }
}
