// Toolbar and status: buttons from matplotlib's toolitems, and the figure's state shown.

function separator() {
  return Object.assign(document.createElement("span"), { className: "separator" });
}

function toolButton(action, label, tooltip, iconSource, sender) {
  const button = document.createElement("button");
  button.type = "button";
  button.title = tooltip;
  button.dataset.action = action;
  button.setAttribute("aria-label", label);
  if (iconSource) button.append(Object.assign(document.createElement("img"), { src: iconSource, alt: "" }));
  else button.textContent = label;
  button.addEventListener("click", () => sender.send({ type: "toolbar", action }));
  return button;
}

/** Build the navigation toolbar's buttons; a click sends the matching toolbar action. */
export function buildToolbar(element, toolitems, sender) {
  for (const [text, tooltip, image, action] of toolitems) {
    element.append(text === null ? separator()
      : toolButton(action, text, tooltip, `../../icons/${image}.svg`, sender));
  }
}

/** Draw the tool manager's tools, group by group; toggled tools show pressed. */
function showTools(element, groups, sender) {
  // The state comes whole each time anything in it changes: rebuild only when the tools did.
  const drawn = JSON.stringify(groups);
  if (element.dataset.tools === drawn) return;
  element.dataset.tools = drawn;
  element.replaceChildren();
  groups.forEach((tools, index) => {
    if (index > 0) element.append(separator());
    for (const [name, icon, description, toggle, on] of tools) {
      const button = toolButton(name, name, description || name, icon, sender);
      if (toggle) button.setAttribute("aria-pressed", String(on));
      element.append(button);
    }
  });
}

/** Show the figure's state: status message, cursor, active tool, history, rubber band, title. */
export function showState(state, { toolbar, canvas, status, rubberband, sender }) {
  if ("tools" in state) showTools(toolbar, state.tools, sender);
  if ("message" in state) status.textContent = state.message;
  if ("cursor" in state) canvas.style.cursor = state.cursor;
  if ("title" in state) document.title = state.title;
  if ("mode" in state) {
    toolbar.querySelector('[data-action="pan"]')?.setAttribute("aria-pressed", String(state.mode === "PAN"));
    toolbar.querySelector('[data-action="zoom"]')?.setAttribute("aria-pressed", String(state.mode === "ZOOM"));
  }
  if ("inspect" in state) {
    toolbar.querySelector('[data-action="inspect"]')?.setAttribute("aria-pressed", String(state.inspect));
  }
  if ("options" in state) {
    toolbar.querySelector('[data-action="edit_parameters"]')?.setAttribute("aria-pressed", String(state.options !== null));
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
