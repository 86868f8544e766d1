package vn.gov.commune.security.login;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;

/**
 * The staff password policy, Camunda's password policy with the product's rules: at least
 * {@value #MIN_LENGTH} characters; below {@value #PASSPHRASE_LENGTH} characters at least three of
 * the four kinds lower case, upper case, digit, other; not containing the user id (or a part of it)
 * nor the first or last name; none of the last {@value #HISTORY} passwords. It applies to every
 * creation of a user and change of a password (Camunda Admin, /engine-rest/user/create,
 * /engine-rest/user/{id}/credentials), which Camunda Admin also shows and checks while typing.
 *
 * <p>Each rule's placeholder is its Vietnamese text: Camunda Admin shows a placeholder it has no
 * translation for as it is. When a password is saved (inside the engine's command) a broken rule is
 * refused at once with its text as a {@link BadUserRequestException} (the REST API answers 400 with
 * it), instead of the engine's own untranslated "Password does not match policy"; the last rule then
 * remembers the accepted password's salted hash in the same transaction. Checked ahead of a save,
 * the reuse rule answers only the user themself, so it is no oracle for other people's passwords.
 */
@Component
class StaffPasswordPolicy extends AbstractProcessEnginePlugin implements PasswordPolicy {

  static final int MIN_LENGTH = 10;
  static final int PASSPHRASE_LENGTH = 16;
  static final int HISTORY = 5;
  /** Names and id parts shorter than this are too common to forbid. */
  private static final int MIN_USER_DATA_LENGTH = 4;

  private final ObjectProvider<PasswordHistoryRepository> history;
  private final Clock clock;
  private final List<PasswordPolicyRule> rules =
      List.of(new Length(), new CharacterKinds(), new NoUserData(), new NotReused());
  private ProcessEngineConfigurationImpl configuration;

  public StaffPasswordPolicy(ObjectProvider<PasswordHistoryRepository> history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(this);
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** True while the engine saves a user, false when a password is only checked (Admin while typing). */
  private static boolean saving() {
    return Context.getCommandContext() != null;
  }

  /**
   * The engine checks the policy before it checks that the current user may create or change the
   * user; someone who may not is told so (403), not how the password falls short.
   */
  private static void requireWriteAccess(User user) {
    if (user instanceof UserEntity entity) {
      AuthorizationManager authorizations = Context.getCommandContext().getAuthorizationManager();
      if (entity.getRevision() == 0) {
        authorizations.checkAuthorization(Permissions.CREATE, Resources.USER, null);
      } else {
        authorizations.checkAuthorization(Permissions.UPDATE, Resources.USER, entity.getId());
      }
    }
  }

  private String currentUserId() {
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private String hash(String password, String salt) {
    return configuration.getPasswordManager().encrypt(EncryptionUtil.saltPassword(password, salt));
  }

  private boolean matches(String password, String hash, String salt) {
    return hash != null && salt != null && configuration.getPasswordManager().check(EncryptionUtil.saltPassword(password, salt), hash);
  }

  /** A rule with a Vietnamese text that refuses the save it breaks. */
  private abstract static class Rule implements PasswordPolicyRule {

    private final String text;
    private final Map<String, String> parameters;

    Rule(String text, Map<String, String> parameters) {
      this.text = text;
      this.parameters = parameters;
    }

    abstract boolean accepts(String password, User user);

    @Override
    public String getPlaceholder() {
      return text;
    }

    @Override
    public Map<String, String> getParameters() {
      return parameters;
    }

    @Override
    public boolean execute(String password) {
      return execute(password, null);
    }

    @Override
    public boolean execute(String password, User user) {
      boolean accepted = password != null && accepts(password, user);
      if (!accepted && saving()) {
        requireWriteAccess(user);
        throw new BadUserRequestException("Mật khẩu không đạt chính sách: " + text);
      }
      return accepted;
    }
  }

  private static final class Length extends Rule {
    Length() {
      super("Mật khẩu phải dài ít nhất " + MIN_LENGTH + " ký tự.", Map.of("minLength", String.valueOf(MIN_LENGTH)));
    }

    @Override
    boolean accepts(String password, User user) {
      return password.codePointCount(0, password.length()) >= MIN_LENGTH;
    }
  }

  private static final class CharacterKinds extends Rule {
    CharacterKinds() {
      super(
          "Mật khẩu dưới " + PASSPHRASE_LENGTH + " ký tự phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa,"
              + " chữ số, ký tự đặc biệt (hoặc dùng một cụm từ dài từ " + PASSPHRASE_LENGTH + " ký tự).",
          Map.of("passphraseLength", String.valueOf(PASSPHRASE_LENGTH)));
    }

    @Override
    boolean accepts(String password, User user) {
      if (password.codePointCount(0, password.length()) >= PASSPHRASE_LENGTH) {
        return true;
      }
      boolean lower = password.codePoints().anyMatch(Character::isLowerCase);
      boolean upper = password.codePoints().anyMatch(Character::isUpperCase);
      boolean digit = password.codePoints().anyMatch(Character::isDigit);
      boolean other = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
      return Stream.of(lower, upper, digit, other).filter(b -> b).count() >= 3;
    }
  }

  private static final class NoUserData extends Rule {
    NoUserData() {
      super("Mật khẩu không được chứa tên đăng nhập, họ hoặc tên của người dùng.", Map.of());
    }

    @Override
    boolean accepts(String password, User user) {
      if (user == null) {
        return true;
      }
      String folded = password.toLowerCase(Locale.ROOT);
      List<String> forbidden = new ArrayList<>();
      if (user.getId() != null) {
        forbidden.add(user.getId());
        forbidden.addAll(List.of(user.getId().split("[._-]")));
      }
      forbidden.add(user.getFirstName());
      forbidden.add(user.getLastName());
      return forbidden.stream()
          .filter(s -> s != null && s.strip().length() >= MIN_USER_DATA_LENGTH)
          .noneMatch(s -> folded.contains(s.strip().toLowerCase(Locale.ROOT)));
    }
  }

  /** Last on purpose: when a save reaches it, every other rule has passed. */
  private final class NotReused extends Rule {
    NotReused() {
      super(
          "Mật khẩu không được trùng mật khẩu hiện tại hoặc " + HISTORY + " mật khẩu gần nhất.",
          Map.of("history", String.valueOf(HISTORY)));
    }

    @Override
    boolean accepts(String password, User user) {
      if (user == null || user.getId() == null || !(saving() || user.getId().equals(currentUserId()))) {
        // only the user may ask ahead of a save: no one may test guesses against another's passwords
        return true;
      }
      // the user being saved still carries the hash of its current password
      if (user instanceof UserEntity current && matches(password, current.getPassword(), current.getSalt())) {
        return false;
      }
      return history.getObject().findByUserIdOrderByIdDesc(user.getId(), Limit.of(HISTORY)).stream()
          .noneMatch(previous -> matches(password, previous.getHash(), previous.getSalt()));
    }

    @Override
    public boolean execute(String password, User user) {
      boolean accepted = super.execute(password, user);
      if (accepted && saving() && user != null) {
        remember(user.getId(), password);
      }
      return accepted;
    }
  }

  private void remember(String userId, String password) {
    PasswordHistoryRepository repository = history.getObject();
    String salt = configuration.getSaltGenerator().generateSalt();
    repository.save(new PasswordHistoryEntry(userId, hash(password, salt), salt, clock.instant()));
    List<PasswordHistoryEntry> entries = repository.findByUserIdOrderByIdDesc(userId);
    if (entries.size() > HISTORY) {
      repository.deleteAll(entries.subList(HISTORY, entries.size()));
    }
  }
}
