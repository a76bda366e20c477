// The tablet's outbox (docs/adr/0010): whatever a participant sends is first written here,
// in the browser's localStorage, and removed only when Kring confirms it. After a lost
// connection, or a restart of Kring that reloads the page, what waits is sent again to the
// page's own view, which outlives every step. A key per item makes a re-send harmless.
(function () {
  if (window.kringOutbox) {
    return;
  }
  var STORE = 'kring-outbox';
  var MAX_AGE = 12 * 3600 * 1000;
  var OLD_ENOUGH_TO_RETRY = 3000;
  var memory = [];
  var host = null;
  var tag = null;
  var wasAway = false;
  var confirmed = {};

  function load() {
    try {
      var raw = window.localStorage.getItem(STORE);
      return raw ? JSON.parse(raw) : [];
    } catch (e) {
      return memory; // private mode or full: the page's memory still outlives the step
    }
  }
  function save(items) {
    memory = items;
    try {
      window.localStorage.setItem(STORE, JSON.stringify(items));
    } catch (e) {
      // kept in memory only
    }
  }
  function newKey() {
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b); // crypto.randomUUID needs https; tablets may use plain http
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function waiting(olderThan) {
    var now = Date.now();
    return load().filter(function (i) { return i.tag === tag && now - i.at >= olderThan; });
  }
  // What a form field holds as the person sees it: a choice of radio buttons by its place in
  // the list (Kring knows the list), a value Kring put on the element itself (a photo that
  // arrived, the pressed one of a row of buttons), or what is typed.
  function readField(element) {
    if (!element) {
      return '';
    }
    if (element.localName === 'vaadin-radio-group') {
      var radios = Array.prototype.slice.call(element.querySelectorAll('vaadin-radio-button'));
      for (var i = 0; i < radios.length; i++) {
        if (radios[i].checked) {
          return String(i);
        }
      }
      return '';
    }
    if (element.hasAttribute('data-outbox-choice')) {
      var pressed = element.querySelector('[aria-pressed="true"][data-outbox-value]');
      return pressed ? pressed.getAttribute('data-outbox-value') : '';
    }
    if (element.hasAttribute('data-outbox-value')) {
      return element.getAttribute('data-outbox-value');
    }
    return element.value ? String(element.value) : '';
  }
  var inFlightSince = 0;
  // The page's view, looked up each time: after Vaadin resynchronises a page (it can, after a
  // cut) the element is a new one, and the old one's $server no longer reaches Kring.
  function currentHost() {
    return document.querySelector('[data-kring-outbox-host]') || host;
  }
  function flush(olderThan) {
    var host = currentHost();
    if (host && host.$server) {
      inFlightSince = Date.now();
      host.$server.deliver(JSON.stringify(waiting(olderThan || 0)));
    }
  }
  function flushIfWaiting(olderThan) {
    // one delivery at a time; one whose answer did not come (lost in a cut) is tried again after 6 s
    if (waiting(olderThan || 0).length && Date.now() - inFlightSince > 6000) {
      flush(olderThan);
    }
  }

  // Kring's answer reached this page, so the way there and back works: after a real cut
  // Vaadin's own state can stay at "reconnecting" for a while (docs/reliability.md, scenario 2)
  function connectedAgain() {
    var c = window.Vaadin && window.Vaadin.connectionState;
    if (c && c.state === 'reconnecting') {
      c.state = 'connected';
    }
  }

  window.kringOutbox = {
    attach: function (element, tabletTag) {
      host = element;
      tag = tabletTag;
      var now = Date.now();
      save(load().filter(function (i) { return now - i.at < MAX_AGE; }));
      flush(0); // also tells the view that this page has an outbox
    },
    post: function (button) {
      var item = JSON.parse(button.getAttribute('data-outbox'));
      var fieldId = button.getAttribute('data-outbox-field');
      if (fieldId) {
        var field = document.getElementById(fieldId);
        item.text = field && field.value ? String(field.value) : '';
      }
      var formFields = button.getAttribute('data-outbox-fields');
      if (formFields) {
        var ids = JSON.parse(formFields);
        item.fields = {};
        Object.keys(ids).forEach(function (name) {
          item.fields[name] = readField(document.getElementById(ids[name]));
        });
      }
      // the same text sent twice (a double tap) is one submission; a new text is a new one, and so
      // is the same text typed again after it was stored. A ready-made answer is one per button.
      var signature = JSON.stringify(item);
      var last = button.__kringLast;
      if (!last || last.signature !== signature || ((fieldId || formFields) && confirmed[last.key])) {
        last = button.__kringLast = { signature: signature, key: newKey() };
      }
      item.key = last.key;
      item.tag = tag;
      item.at = Date.now();
      var items = load().filter(function (i) { return i.key !== item.key; });
      items.push(item);
      save(items);
      return JSON.stringify(item);
    },
    done: function (keys) {
      connectedAgain();
      keys.forEach(function (k) { confirmed[k] = true; });
      save(load().filter(function (i) { return keys.indexOf(i.key) < 0; }));
    },
    // Kring answered a delivery (whatever it held)
    delivered: function () {
      inFlightSince = 0;
      connectedAgain();
    },
    // Kring's answers reach this page again (a new step drawn, a heartbeat answered): send what waits.
    // Vaadin's own "connected" can lag behind after a real cut, so this does not wait for it.
    flushIfWaiting: function () {
      flushIfWaiting(0);
    },
    waiting: function () {
      return waiting(0).length;
    }
  };

  var connection = window.Vaadin && window.Vaadin.connectionState;
  if (connection && connection.addStateChangeListener) {
    connection.addStateChangeListener(function (before, now) {
      if (now === 'reconnecting' || now === 'connection-lost') {
        wasAway = true;
      } else if (now === 'connected' && wasAway) {
        wasAway = false;
        setTimeout(function () { flushIfWaiting(0); }, 0);
      }
    });
  }
  // anything a dropped request left behind. While the network is away the call waits in
  // Vaadin's queue and goes out with the first request that gets through, so what waits is
  // confirmed as soon as the tablet is back, also when no new step is drawn. Costs nothing
  // while nothing waits.
  setInterval(function () {
    flushIfWaiting(OLD_ENOUGH_TO_RETRY);
  }, 2000);
})();
