// Texts edited where they stand: a double-click on a title, a label, a legend entry or a text
// makes the figure send its place and words (figure_editor.py); Enter, or leaving the field,
// sends the new words as an edit; Escape leaves them as they were.

const SHORTEST = 120; // CSS pixels: a vertical label's box is too narrow to type in

export class TextEditor {
  #stage;
  #sender;
  #shown = 0;

  constructor(stage, sender) {
    this.#stage = stage;
    this.#sender = sender;
  }

  /** Edit the text the state names, once per double-click (`n` counts them). */
  show(edit) {
    if (!edit || edit.n === this.#shown) return;
    this.#shown = edit.n;
    this.#stage.querySelector("input.text-edit")?.remove();
    const [left, top, width, height] = edit.box;
    const wide = Math.max(width + 24, SHORTEST);
    const input = Object.assign(document.createElement("input"), {
      type: "text", className: "text-edit", value: edit.text, spellcheck: false,
    });
    input.setAttribute("aria-label", "Text");
    Object.assign(input.style, {
      left: `${left + width / 2 - wide / 2}px`,
      top: `${top + height / 2 - edit.size}px`,
      width: `${wide}px`,
      fontSize: `${edit.size}px`,
    });
    let done = false;
    const finish = (apply) => {
      if (done) return;
      done = true;
      if (apply && input.value !== edit.text) {
        this.#sender.send({ type: "edit", axes: -1, field: edit.field, value: input.value });
      }
      input.remove();
      document.getElementById("figure").focus();
    };
    input.addEventListener("keydown", (event) => {
      event.stopPropagation(); // the figure's keys are not these
      if (event.key === "Enter") finish(true);
      else if (event.key === "Escape") finish(false);
    });
    input.addEventListener("blur", () => finish(true));
    this.#stage.append(input);
    input.focus();
    input.select();
  }
}
