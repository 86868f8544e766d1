/*
 * commune-workflow: Vietnamese by default in the Camunda webapps, English on request.
 *
 * Camunda 7.24 picks the language from the browser (navigator.languages[0]) when it is one of
 * locales.availableLocales in app/<app>/scripts/config.js and falls back to locales.fallbackLocale
 * otherwise; it has no language switch of its own. So a clerk whose browser is set to English would
 * get English. This script makes the language chosen in the webapps win over the browser's: it is
 * kept in this browser's localStorage under "commune.language" ("vi" unless the person picked
 * "en"), and a "Tiếng Việt | English" switch is added to the footer of every page (login included),
 * next to the time zone.
 * It also hands the dateFormat of config.js to Cockpit and Admin, which otherwise ignore it.
 * Loaded through customScripts in app/{admin,cockpit,tasklist,welcome}/scripts/config.js, after the
 * app's AngularJS module has been declared and before it starts.
 */
const KEY = 'commune.language';
const LANGUAGES = [
  {code: 'vi', label: 'Tiếng Việt'},
  {code: 'en', label: 'English'}
];
const DATE_FORMATS = ['monthName', 'day', 'abbr', 'normal', 'long', 'short'];

function storedLanguage() {
  try {
    return window.localStorage.getItem(KEY);
  } catch (e) {
    return null; // storage blocked: stay with the default
  }
}

/** The language to show: the one picked in the switch, else the first available locale (vi). */
function chosenLanguage(available, fallback) {
  const stored = storedLanguage();
  if (stored && available.indexOf(stored) > -1) {
    return stored;
  }
  return available.indexOf(fallback) > -1 ? fallback : available[0];
}

function choose(code) {
  try {
    window.localStorage.setItem(KEY, code);
  } catch (e) {
    // nothing to keep it in: the page still reloads in the default language
  }
  window.location.reload();
}

function addSwitch(place, current) {
  if (place.querySelector('.commune-language')) {
    return;
  }
  const box = document.createElement('span');
  box.className = 'commune-language';
  box.style.marginLeft = '2em';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', current === 'vi' ? 'Ngôn ngữ' : 'Language');
  LANGUAGES.forEach((language, i) => {
    if (i > 0) {
      box.appendChild(document.createTextNode(' | '));
    }
    if (language.code === current) {
      const active = document.createElement('strong');
      active.textContent = language.label;
      active.lang = language.code;
      box.appendChild(active);
    } else {
      const link = document.createElement('a');
      link.href = '';
      link.lang = language.code;
      link.textContent = language.label;
      link.addEventListener('click', event => {
        event.preventDefault();
        choose(language.code);
      });
      box.appendChild(link);
    }
  });
  place.appendChild(box);
}

const base = document.querySelector('base');
const appName = base && base.getAttribute('app-name');
const angular = window.angular;

if (appName && angular) {
  angular.module('cam.' + appName).config([
    '$injector',
    function ($injector) {
      const configuration = $injector.get('configurationProvider');
      const available = configuration.getAvailableLocales();
      const language = chosenLanguage(available, configuration.getFallbackLocale());
      // Registered after the app's own translate configuration, so this wins over the browser language.
      $injector.get('$translateProvider').preferredLanguage(language);
      document.documentElement.lang = language;

      if ($injector.has('camDateFormatProvider')) {
        const dateFormat = $injector.get('camDateFormatProvider');
        DATE_FORMATS.forEach(name => dateFormat.setDateFormat(configuration.getDateFormat(name), name));
      }

      const addSwitches = () =>
        document.querySelectorAll('[cam-widget-footer] #footer-timezone').forEach(place => addSwitch(place, language));
      new MutationObserver(addSwitches).observe(document.documentElement, {childList: true, subtree: true});
      addSwitches();
    }
  ]);
}
