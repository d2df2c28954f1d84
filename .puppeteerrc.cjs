/**
 * Puppeteer comes with whatsapp-web.js. Herald drives the Chrome, Chromium or Edge already on the
 * computer (src-main/whatsapp/browser.ts), so installing never downloads a browser of its own.
 * @type {import('puppeteer').Configuration}
 */
module.exports = { skipDownload: true }
