// Tasklane's support chat: the official Web Chat on the bot's own Direct Line endpoint.
// - Tokens come from POST /api/webchat/token (the site secret never reaches the browser).
// - The conversation (id + token) is kept in sessionStorage, so a reload reconnects and replays the history.
// - Every outgoing activity carries channelData.page (the embedder's value, else this page's path) so answers
//   and handoffs know where the customer is.
(function () {
  'use strict';

  var STORAGE_KEY = 'handoffbot.webchat.session';
  var params = new URLSearchParams(window.location.search);
  var embedded = params.get('embed') === '1';
  var context = {
    page: params.get('page') || window.location.pathname,
    product: params.get('product') || undefined
  };

  if (embedded) {
    document.body.classList.add('embedded');
    // The embedding page may say where its visitor went since (single-page apps); only its own frame parent counts.
    window.addEventListener('message', function (event) {
      if (event.source === window.parent && event.data && event.data.type === 'handoffbot:context') {
        context.page = event.data.page || context.page;
        context.product = event.data.product || context.product;
      }
    });
  }

  function showStatus(text) {
    var status = document.getElementById('chat-status');
    status.textContent = text;
    status.hidden = !text;
  }

  // Browsers may refuse storage to a third-party iframe (the embed): the chat then works, it just won't resume on reload.
  function readSession() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      // No storage: no resume.
    }
  }

  function forgetSession() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // No storage: nothing to forget.
    }
  }

  async function call(method, url, token) {
    var response = await fetch(url, {
      method: method,
      headers: token ? { Authorization: 'Bearer ' + token } : {},
      credentials: 'same-origin'
    });
    if (!response.ok) {
      throw new Error(method + ' ' + url + ' answered ' + response.status);
    }
    return response.json();
  }

  // Resume the tab's conversation when its token still refreshes and the conversation still exists; else start anew.
  async function openSession() {
    var saved = readSession();
    if (saved && saved.conversationId && saved.token && saved.domain) {
      try {
        var refreshed = await call('POST', saved.domain + '/tokens/refresh', saved.token);
        await call('GET', saved.domain + '/conversations/' + encodeURIComponent(saved.conversationId), refreshed.token);
        saved.token = refreshed.token;
        saved.resumed = true;
        return saved;
      } catch (e) {
        forgetSession();
      }
    }

    var fresh = embedded && params.get('token') === 'site' ? await siteToken() : await call('POST', 'api/webchat/token');
    return {
      conversationId: fresh.conversationId,
      token: fresh.token,
      userId: fresh.userId,
      domain: new URL(fresh.domain || 'v3/directline', window.location.href).href.replace(/\/$/, ''),
      resumed: false
    };
  }

  // A site that signs its customers in gives the chat their token through the embedding page (embed.js, data-token-url).
  function siteToken() {
    return new Promise(function (resolve, reject) {
      var timer = setTimeout(function () {
        window.removeEventListener('message', onMessage);
        reject(new Error('The site gave no chat token.'));
      }, 15000);
      function onMessage(event) {
        if (event.source !== window.parent || !event.data || event.data.type !== 'handoffbot:token') {
          return;
        }
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        if (event.data.error || !event.data.token) {
          reject(new Error('The site gave no chat token.'));
        } else {
          resolve({ token: event.data.token, conversationId: event.data.conversationId });
        }
      }
      window.addEventListener('message', onMessage);
      window.parent.postMessage({ type: 'handoffbot:token-request' }, '*');
    });
  }

  // Adds the page context to every activity Web Chat posts (messages, postBacks, events).
  var store = window.WebChat.createStore({}, function () {
    return function (next) {
      return function (action) {
        if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
          var activity = action.payload.activity;
          var channelData = Object.assign({}, activity.channelData, { page: context.page });
          if (context.product) {
            channelData.product = context.product;
          }
          action = Object.assign({}, action, {
            payload: Object.assign({}, action.payload, { activity: Object.assign({}, activity, { channelData: channelData }) })
          });
        }
        return next(action);
      };
    };
  });

  var styleOptions = {
    accent: '#4f46e5',
    primaryFont: '"Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f1f2f9',
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#4f46e5',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserBorderWidth: 0,
    bubbleNubSize: 0,
    botAvatarInitials: 'TL',
    botAvatarBackgroundColor: '#4f46e5',
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: '#c7d2fe',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#4f46e5',
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: '#4f46e5',
    sendBoxButtonColor: '#4f46e5',
    sendBoxPlaceholderColor: '#6b7280',
    hideUploadButton: true,
    typingAnimationDuration: 8000
  };

  async function start() {
    var session;
    try {
      session = await openSession();
    } catch (e) {
      showStatus('We could not open the chat just now. Please reload the page in a moment.');
      return;
    }

    saveSession(session);
    var directLine = window.WebChat.createDirectLine({
      domain: session.domain,
      token: session.token,
      // A resumed conversation reconnects (GET conversations/{id}) and its stream replays the history.
      conversationId: session.resumed ? session.conversationId : undefined,
      webSocket: true
    });

    // DirectLineJS refreshes its token on its own; keep the newest one for the next reload.
    window.addEventListener('pagehide', function () {
      if (directLine.token) {
        session.token = directLine.token;
        saveSession(session);
      }
    });

    directLine.connectionStatus$.subscribe(function (status) {
      // 3 = ExpiredToken, 4 = FailedToConnect: the chat cannot continue on this token.
      if (status === 3 || status === 4) {
        forgetSession();
        showStatus('The chat was disconnected. Reload the page to start again.');
      } else if (status === 2) {
        showStatus('');
      }
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: document.documentElement.lang || 'en-US',
        styleOptions: styleOptions
      },
      document.getElementById('webchat')
    );

    var input = document.querySelector('#webchat input[type="text"], #webchat textarea');
    if (input) {
      input.focus();
    }
  }

  start();
})();
