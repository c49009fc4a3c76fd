// The figure page: frames in, input out, toolbar and status beside.

import { FigureChannel } from "./channel.js";
import { CanvasCopier } from "./clipboard.js";
import { acceptDrops } from "./dropping.js";
import { followFigure } from "./frames.js";
import { attachInput, EventSender } from "./input.js";
import { FigureDisplay } from "./predict.js";
import { buildToolbar, showState } from "./toolbar.js";

const parts = {
  toolbar: document.getElementById("toolbar"),
  canvas: document.getElementById("figure"),
  status: document.getElementById("status"),
  rubberband: document.getElementById("rubberband"),
};
const stage = document.getElementById("stage");
// Laid out before anything is fetched, as the viewer fits the window around this first layout.
parts.toolbar.hidden = new URLSearchParams(location.search).get("toolbar") === "none";
const channel = new FigureChannel();
const sender = new EventSender(channel);

// In a native window the viewer first fits the window around the figure (viewer.py): until it
// says it has, the sizes the stage passes through are guesses that would each cost a draw. Past
// the grace the window keeps the size it could take (a screen too small for the figure).
const FIT_GRACE_MS = 2000;
let fitting = location.hash === "#fitting" ? {} : null;
window.webfigLaidOut = (width, height) => {
  fitting = { width, height };
  setTimeout(() => { fitting = null; sendSize(); }, FIT_GRACE_MS);
  sendSize();
};

// The figure fills the window: each size the stage takes (and each device pixel ratio) is sent.
let sent = "";
function sendSize() {
  const size = { width: stage.clientWidth, height: stage.clientHeight, dpr: window.devicePixelRatio || 1 };
  if (fitting !== null) {
    if (size.width !== fitting.width || size.height !== fitting.height) return;
    fitting = null;
  }
  const key = JSON.stringify(size);
  if (key !== sent && size.width > 0 && size.height > 0) {
    sent = key;
    sender.send({ type: "resize", ...size });
  }
}

const config = await (await fetch("config.json", { cache: "no-store" })).json();
document.title = config.title;
buildToolbar(parts.toolbar, config.toolitems, sender);
const copier = new CanvasCopier(document.querySelector("iframe.clipboard"), (copied) => {
  parts.status.textContent = copied ? "Figure copied to the clipboard" : "The figure could not be copied";
});
// The figure's frames are drawn off screen; the canvas shows them, and what a pan or zoom in
// progress makes of them.
const display = new FigureDisplay(parts.canvas, document.createElement("canvas"));
attachInput(parts.canvas, sender, (params, seq) => {
  // matplotlib leaves copying to the backend; the page does it, as only a page that was just
  // given a key press may write the clipboard. The key still reaches the figure's callbacks.
  if (params.type === "key_press" && config.copy_keys.includes(params.key)) copier.copy(parts.canvas);
  display.input(params, seq);
});
acceptDrops(stage);
// The options panel and the text editor load when first wanted: a window opens with two
// modules fewer to fetch (fifty of them open at once in tests/test_load.py).
let options = null;
let texts = null;
async function showOptions(shown) {
  if (shown === null && options === null) return;
  options ??= import("./options.js").then(({ OptionsPanel }) =>
    new OptionsPanel(document.getElementById("options"), sender, config.app_keys));
  (await options).show(shown);
}
async function editText(edit) {
  texts ??= import("./text_editing.js").then(({ TextEditor }) => new TextEditor(stage, sender));
  (await texts).show(edit);
}

new ResizeObserver(sendSize).observe(stage);
matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener("change", sendSize);

followFigure(display.frames, channel, {
  showState: (state) => {
    display.showState(state);
    showState(state, { ...parts, sender });
    if ("options" in state) showOptions(state.options);
    if ("text_edit" in state) editText(state.text_edit);
  },
  showFrame: (frame) => display.showFrame(frame),
});
parts.canvas.focus();
