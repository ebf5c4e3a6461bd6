/*
 * Tasklane support chat: paste this on any page of your site to add the chat widget.
 *
 *   <script src="https://YOUR-BOT-HOST/embed.js" async
 *           data-page="/pricing"            (optional: where the visitor is; default: this page's path)
 *           data-product="Business plan"    (optional: what the page is about)
 *           data-label="Chat with us"       (optional: the button's text)
 *           data-target="#support-chat"     (optional: render inline in this element instead of a button)
 *           data-token-url="/support/chat-token"></script>
 *                                           (optional: your server's endpoint that answers a POST from this page with
 *                                            {token, conversationId} from the bot's /v3/directline/tokens/generate for
 *                                            the signed-in customer, user id "dl_<their CRM id>"; see docs/web-chat.md)
 *
 * The chat runs in an iframe served by the bot, so no secret or token ever touches your page. Page and product
 * go with every message (channelData.page / channelData.product): answers and handoffs to your team use them.
 * In a single-page app, tell the chat where the visitor went:  HandoffBotChat.setContext({ page: '/billing' });
 * Open or close it from your own buttons:                       HandoffBotChat.open(); HandoffBotChat.close();
 */
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || window.HandoffBotChat) {
    return;
  }

  var origin = new URL(script.src, window.location.href).origin;
  var data = script.dataset;
  var context = { page: data.page || window.location.pathname, product: data.product || '' };
  var frame = document.createElement('iframe');
  var isOpen = false;
  var button;

  function chatUrl() {
    var query = new URLSearchParams({ embed: '1', page: context.page });
    if (context.product) {
      query.set('product', context.product);
    }
    if (data.tokenUrl) {
      query.set('token', 'site');
    }
    return origin + '/?' + query.toString();
  }

  // The chat asks for the signed-in customer's token; this page gets it from the site's own server, with the
  // site's own session, and hands it to the chat frame (and to nobody else).
  window.addEventListener('message', function (event) {
    if (!data.tokenUrl || event.source !== frame.contentWindow || event.origin !== origin ||
        !event.data || event.data.type !== 'handoffbot:token-request') {
      return;
    }
    fetch(data.tokenUrl, { method: 'POST', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('POST ' + data.tokenUrl + ' answered ' + response.status);
        }
        return response.json();
      })
      .then(function (issued) {
        frame.contentWindow.postMessage({ type: 'handoffbot:token', token: issued.token, conversationId: issued.conversationId }, origin);
      })
      .catch(function () {
        frame.contentWindow.postMessage({ type: 'handoffbot:token', error: true }, origin);
      });
  });

  frame.title = 'Chat with Tasklane Support';
  frame.allow = 'clipboard-write';
  frame.style.cssText = 'border:0;width:100%;height:100%;display:block;background:#fff;';

  function open() {
    if (!frame.src) {
      frame.src = chatUrl();
    }
    if (panel) {
      panel.style.display = 'block';
      button.setAttribute('aria-expanded', 'true');
      button.textContent = '\u00d7';
    }
    isOpen = true;
  }

  function close() {
    if (panel) {
      panel.style.display = 'none';
      button.setAttribute('aria-expanded', 'false');
      button.textContent = data.label || 'Chat with us';
    }
    isOpen = false;
  }

  var panel = null;
  var target = data.target ? document.querySelector(data.target) : null;
  if (target) {
    // Inline: the chat fills the element the site reserved for it.
    target.appendChild(frame);
    open();
  } else {
    panel = document.createElement('div');
    panel.style.cssText = 'position:fixed;right:20px;bottom:88px;width:min(400px,calc(100vw - 40px));height:min(620px,calc(100vh - 120px));' +
      'display:none;border-radius:14px;overflow:hidden;box-shadow:0 12px 40px rgba(31,41,55,.25);z-index:2147483000;background:#fff;';
    panel.appendChild(frame);

    button = document.createElement('button');
    button.type = 'button';
    button.textContent = data.label || 'Chat with us';
    button.setAttribute('aria-expanded', 'false');
    button.style.cssText = 'position:fixed;right:20px;bottom:20px;min-width:56px;height:56px;padding:0 20px;border:0;border-radius:28px;' +
      'background:#4f46e5;color:#fff;font:600 15px "Segoe UI",system-ui,sans-serif;cursor:pointer;box-shadow:0 6px 20px rgba(79,70,229,.4);z-index:2147483000;';
    button.addEventListener('click', function () {
      if (isOpen) {
        close();
      } else {
        open();
      }
    });

    var attach = function () {
      document.body.appendChild(panel);
      document.body.appendChild(button);
    };
    if (document.body) {
      attach();
    } else {
      document.addEventListener('DOMContentLoaded', attach);
    }
  }

  window.HandoffBotChat = {
    open: open,
    close: close,
    setContext: function (next) {
      context.page = (next && next.page) || context.page;
      context.product = (next && next.product) || context.product;
      if (frame.contentWindow && frame.src) {
        frame.contentWindow.postMessage({ type: 'handoffbot:context', page: context.page, product: context.product }, origin);
      }
    }
  };
})();
