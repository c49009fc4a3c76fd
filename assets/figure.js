// The figure page: frames in, input out, toolbar and status beside.

import { CanvasCopier } from "./clipboard.js";
import { acceptDrops } from "./dropping.js";
import { followFrames } from "./frames.js";
import { attachInput, EventSender } from "./input.js";
import { buildToolbar, followState } from "./toolbar.js";

const parts = {
  toolbar: document.getElementById("toolbar"),
  canvas: document.getElementById("figure"),
  status: document.getElementById("status"),
  rubberband: document.getElementById("rubberband"),
};
const stage = document.getElementById("stage");
const sender = new EventSender();

const config = await (await fetch("config.json", { cache: "no-store" })).json();
document.title = config.title;
buildToolbar(parts.toolbar, config.toolitems, sender);
attachInput(parts.canvas, sender);
acceptDrops(stage);

// The figure fills the window: each size the stage takes (and each device pixel ratio) is sent.
let sent = "";
const sendSize = () => {
  const size = { width: stage.clientWidth, height: stage.clientHeight, dpr: window.devicePixelRatio || 1 };
  const key = JSON.stringify(size);
  if (key !== sent && size.width > 0 && size.height > 0) {
    sent = key;
    sender.send({ type: "resize", ...size });
  }
};
new ResizeObserver(sendSize).observe(stage);
matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener("change", sendSize);

const copier = new CanvasCopier(document.querySelector("iframe.clipboard"), (copied) => {
  parts.status.textContent = copied ? "Figure copied to the clipboard" : "The figure could not be copied";
});
followFrames(parts.canvas);
followState(parts, () => copier.copy(parts.canvas));
parts.canvas.focus();
