package vn.gov.commune.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.gov.commune.web.Problems;

/**
 * Rate limit of the citizens' public look-ups ({@code /api/public/**}) per client address: a burst,
 * then a steady rate; an answer "not found" (unknown code or wrong digits) costs more, so walking
 * codes or guessing digits is slow (see {@link SecuritySettings.PublicLookup}). Over the limit: 429
 * with Retry-After, the look-up not made.
 */
final class PublicLookupRateLimit extends OncePerRequestFilter {

  private final TokenBuckets clients;
  private final int missCost;
  private final RequestMatcher lookups;

  PublicLookupRateLimit(SecuritySettings settings, RequestMatcher lookups) {
    this.lookups = lookups;
    SecuritySettings.PublicLookup policy = settings.publicLookup();
    this.clients = new TokenBuckets(policy.burst(), policy.refill(), settings.maxTrackedClients());
    this.missCost = policy.missCost();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !lookups.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String client = request.getRemoteAddr();
    long wait = clients.tryTake(client);
    if (wait > 0) {
      Problems.tooMany(request, response, wait, "Tra cứu quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau " + wait + " giây.");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
      clients.take(client, missCost - 1);
    }
  }
}
