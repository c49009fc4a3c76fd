// Toolbar and status: buttons from matplotlib's toolitems, state from a held request.

const RETRY_MS = 500;
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Build the toolbar's buttons; a click sends the matching toolbar action. */
export function buildToolbar(element, toolitems, sender) {
  for (const [text, tooltip, image, action] of toolitems) {
    if (text === null) {
      element.append(Object.assign(document.createElement("span"), { className: "separator" }));
      continue;
    }
    const button = document.createElement("button");
    button.type = "button";
    button.title = tooltip;
    button.dataset.action = action;
    button.setAttribute("aria-label", text);
    const icon = Object.assign(document.createElement("img"), { src: `../../icons/${image}.svg`, alt: "" });
    button.append(icon);
    button.addEventListener("click", () => sender.send({ type: "toolbar", action }));
    element.append(button);
  }
}

/** Show the figure's state: status message, cursor, active tool, history, rubber band, title. */
export function showState(state, { toolbar, canvas, status, rubberband }) {
  if ("message" in state) status.textContent = state.message;
  if ("cursor" in state) canvas.style.cursor = state.cursor;
  if ("title" in state) document.title = state.title;
  if ("mode" in state) {
    toolbar.querySelector('[data-action="pan"]')?.setAttribute("aria-pressed", String(state.mode === "PAN"));
    toolbar.querySelector('[data-action="zoom"]')?.setAttribute("aria-pressed", String(state.mode === "ZOOM"));
  }
  for (const action of ["back", "forward"]) {
    const button = toolbar.querySelector(`[data-action="${action}"]`);
    if (button && action in state) button.disabled = !state[action];
  }
  if ("rubberband" in state) {
    rubberband.hidden = !state.rubberband;
    if (state.rubberband) {
      const [left, top, width, height] = state.rubberband;
      Object.assign(rubberband.style, {
        left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px`,
      });
    }
  }
}

/** Follow the figure's state until the figure is gone. */
export async function followState(parts) {
  let version = 0;
  for (;;) {
    let response;
    try {
      response = await fetch(`state.json?version=${version}`, { cache: "no-store" });
    } catch {
      await delay(RETRY_MS);
      continue;
    }
    if (response.status === 404) return;
    if (response.status === 204) continue;
    if (!response.ok) {
      await delay(RETRY_MS);
      continue;
    }
    const state = await response.json();
    version = state.version;
    showState(state, parts);
  }
}
