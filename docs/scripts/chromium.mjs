// Debian's Chromium, as every browser-driving script and test here launches it (never a
// downloaded browser): the binary, and the flags that keep it headless and off the network.
export const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium"

export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
]
