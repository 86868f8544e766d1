/*
 * commune-workflow: every date and time in the Camunda webapps in Vietnam time (Asia/Ho_Chi_Minh,
 * UTC+07:00, no daylight saving time), whatever time zone the clerk's computer is set to.
 *
 * Camunda 7.24's webapps format dates with moment.js (the camDate filter, am-time-ago, Cockpit's
 * history), and moment shows the browser's time zone; the webapps bundle no moment-timezone. They
 * share one moment: Cockpit, Admin and Welcome expose it as window.moment, and every app gives it to
 * AngularJS as angular-moment's constant "moment". This script uses moment's
 * own hook for time zones, moment.updateOffset (the hook moment-timezone uses), to put every moment
 * that is not explicitly UTC at +07:00:
 * - a moment of an instant (a date of the REST API, which carries its offset, a number, a Date,
 *   now) keeps the instant and is shown in Vietnam time;
 * - a moment parsed from a text without an offset ("2026-03-02 09:00", a date typed in a filter) is
 *   read as Vietnam time, as a clerk means it.
 * The footer says "Asia/Ho_Chi_Minh" instead of the browser's zone.
 * Loaded through customScripts in app/{admin,cockpit,tasklist,welcome}/scripts/config.js.
 */
const ZONE = 'Asia/Ho_Chi_Minh';
const OFFSET_MINUTES = 7 * 60;

/** Whether the moment was parsed from date parts without an offset (moment-timezone's needsOffset). */
function wallTime(m) {
  const unix = m._f === 'X' || m._f === 'x';
  return !!(m._a && m._tzm === undefined && !unix);
}

/** Puts every moment of this moment.js at +07:00 (once). */
function vietnamTime(moment) {
  if (!moment || moment.communeVietnamTime) {
    return;
  }
  moment.communeVietnamTime = true;
  // keep the parsed date parts on the moment, as moment-timezone does, to tell wall times from instants
  if (moment.momentProperties && moment.momentProperties.indexOf('_a') < 0) {
    moment.momentProperties.push('_a');
  }
  const previous = moment.updateOffset;
  moment.updateOffset = function (m, keepTime) {
    if (typeof previous === 'function') {
      previous.apply(this, arguments);
    }
    if (m._isUTC || !m.isValid()) {
      return; // explicitly UTC (moment.utc), already at +07:00, or invalid
    }
    // a wall time stays the same clock reading, now at +07:00; an instant stays the same instant
    m.utcOffset(OFFSET_MINUTES, wallTime(m) || !!keepTime);
  };
}

// Cockpit, Admin and Welcome expose their moment as window.moment; Tasklist does not, but every app
// hands the same moment to AngularJS as angular-moment's constant "moment" (the one camDate uses too).
vietnamTime(window.moment);
const base = document.querySelector('base');
const appName = base && base.getAttribute('app-name');
if (appName && window.angular) {
  window.angular.module('cam.' + appName).config([
    '$injector',
    function ($injector) {
      if ($injector.has('moment')) {
        vietnamTime($injector.get('moment'));
      }
    }
  ]);
}

/** The footer's "dates shown in the time zone …" names Vietnam's zone, not the computer's. */
function nameZone() {
  document.querySelectorAll('#footer-timezone > i').forEach(name => {
    if (name.textContent !== ZONE) {
      name.textContent = ZONE;
    }
  });
}

new MutationObserver(nameZone).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
nameZone();
