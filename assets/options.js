// The options panel: the fields of one axes and its lines and images, as the figure's state says
// (figure_options.py); each field changed is sent as an "edit", which the figure applies and
// then shows, here too.

import { keyName } from "./input.js";

const element = (tag, properties = {}, ...children) => {
  const made = Object.assign(document.createElement(tag), properties);
  made.append(...children);
  return made;
};

/** The input of one field; `send(value)` sends what the user set. */
function input(field, lists, send) {
  const value = field.value ?? "";
  if (field.kind === "action") {
    const button = element("button", { type: "button", textContent: field.label });
    button.addEventListener("click", () => send(""));
    return button;
  }
  if (field.kind === "choice") {
    const choices = Array.isArray(field.choices) ? field.choices : lists[field.choices];
    const select = element("select", {}, ...choices.map((choice) => element("option", { value: choice, textContent: choice })));
    select.value = String(value);
    select.addEventListener("change", () => send(select.value));
    return select;
  }
  const text = element("input", { type: "text", defaultValue: String(value), spellcheck: false });
  if (field.kind === "number") text.inputMode = "decimal";
  // Sent when the user is done with it: Enter, or leaving the field changed.
  text.addEventListener("change", () => send(text.value));
  if (field.kind !== "color") return text;
  const swatch = element("input", { type: "color", tabIndex: -1 });
  if (/^#[0-9a-f]{6}$/.test(value)) swatch.value = value;
  swatch.addEventListener("change", () => send(swatch.value));
  return element("span", { className: "color" }, swatch, text);
}

export class OptionsPanel {
  #panel;
  #sender;
  #shown = "";

  /** `appKeys`: the window's own shortcuts (Save, Undo...), which work from the panel too,
   * but for the text editing keys of its fields. */
  constructor(panel, sender, appKeys) {
    this.#panel = panel;
    this.#sender = sender;
    panel.addEventListener("keydown", (event) => {
      const key = keyName(event);
      if (event.key === "Escape") {
        // What was typed and not applied is dropped, not applied as the field loses the keys.
        if (event.target.type === "text") event.target.value = event.target.defaultValue;
        this.#sender.send({ type: "options", axes: -1 });
      } else if (appKeys.includes(key) && !(key === "ctrl+z" && event.target.type === "text")) {
        event.preventDefault();
        // A field being typed in is applied first, as leaving it would.
        const typing = event.target.type === "text" && event.target.value !== event.target.defaultValue;
        if (typing) event.target.dispatchEvent(new Event("change"));
        this.#sender.send({ type: "key_press", key, x: 0, y: 0 });
      }
    });
  }

  /** Show `options` (null: hide the panel), keeping the focus on the field that had it. */
  show(options) {
    const drawn = JSON.stringify(options);
    if (drawn === this.#shown) return;
    const opening = this.#panel.hidden;
    this.#shown = drawn;
    this.#panel.hidden = options === null;
    if (options === null) return;
    const focused = this.#panel.contains(document.activeElement) ? document.activeElement.closest("[data-key]")?.dataset.key : null;
    const close = element("button", { type: "button", className: "close", textContent: "×", title: "Close" });
    close.setAttribute("aria-label", "Close the options");
    close.addEventListener("click", () => this.#sender.send({ type: "options", axes: -1 }));
    const parts = [element("header", {}, element("h2", { textContent: "Figure options" }), close)];
    if (options.axes.length > 1) {
      const chooser = element("select", { className: "axes" },
        ...options.axes.map((name, index) => element("option", { value: String(index), textContent: name })));
      chooser.value = String(options.selected);
      chooser.setAttribute("aria-label", "Axes");
      chooser.addEventListener("change", () => this.#sender.send({ type: "options", axes: Number(chooser.value) }));
      const row = element("div", {}, chooser);
      row.dataset.key = "axes";
      parts.push(row);
    }
    for (const section of options.sections) {
      const rows = section.fields.map((field) => {
        const send = (value) => this.#sender.send({ type: "edit", axes: options.selected, field: field.key, value });
        const control = input(field, options.lists, send);
        const row = field.kind === "action"
          ? element("div", { className: "row" }, control)
          : element("label", { className: "row" }, element("span", { textContent: field.label }), control);
        row.dataset.key = field.key;
        return row;
      });
      parts.push(element("fieldset", {}, element("legend", { textContent: section.title }), ...rows));
    }
    this.#panel.replaceChildren(...parts);
    // Opened, the panel takes the keys, as a dialog would: its first field has them.
    const field = (key) => this.#panel.querySelector(`[data-key="${CSS.escape(key)}"] :is(input[type=text], select, button)`);
    if (focused) field(focused)?.focus();
    else if (opening) this.#panel.querySelector("fieldset :is(input[type=text], select)")?.focus();
  }
}
