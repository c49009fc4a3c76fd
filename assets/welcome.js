// The welcome window: drop pickles, open them from a dialog, or pick a recent one.

import { acceptDrops } from "./dropping.js";

const zone = document.getElementById("drop-zone");
acceptDrops(zone);

// pywebview's bridge to the viewer appears once the page has loaded in a native window.
const api = new Promise((resolve) => {
  if (window.pywebview?.api) resolve(window.pywebview.api);
  else window.addEventListener("pywebviewready", () => resolve(window.pywebview.api));
});

document.getElementById("open").addEventListener("click", async () => (await api).action("open"));

const recent = await (await fetch("recent.json", { cache: "no-store" })).json();
const list = document.getElementById("recent-files");
for (const path of recent) {
  const button = Object.assign(document.createElement("button"), { type: "button", title: path });
  button.textContent = path.split(/[\\/]/).pop();
  button.addEventListener("click", async () => (await api).open_paths([path]));
  const item = document.createElement("li");
  item.append(button);
  list.append(item);
}
document.getElementById("recent").hidden = recent.length === 0;
