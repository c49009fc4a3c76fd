// Copy: the figure's pixels onto the system clipboard, as an image.
//
// The asynchronous clipboard API waits for a permission that the embedded web engine never
// grants. A page may still run the "copy" command shortly after the user pressed a key, and run
// in a document that is nothing but an image, that command copies the image itself. The frame
// holding that document has to exist when the key is pressed, so that it shares in the press:
// a hidden, empty one waits in the page, and each copy leaves a fresh one for the next.
// (Tried: the asynchronous API never settles; an image element selected and copied gives
// nothing; a frame made after the key press, or one reused, refuses to copy.)

/** Copies the canvas through the hidden frame `holder`; `report` gets whether it worked. */
export class CanvasCopier {
  constructor(holder, report) {
    this.holder = holder;
    this.report = report;
    this.busy = false;
    this.used = null;
  }

  copy(canvas) {
    if (this.busy) return; // one copy at a time: a second press copies the same pixels anyway
    this.busy = true;
    if (this.used) {
      this.used.frame.remove();
      URL.revokeObjectURL(this.used.url);
      this.used = null;
    }
    canvas.toBlob((blob) => {
      if (blob === null) { // a canvas with no pixels yet
        this.busy = false;
        this.report(false);
        return;
      }
      const frame = this.holder;
      const url = URL.createObjectURL(blob);
      frame.addEventListener("load", () => {
        const copied = frame.contentDocument?.execCommand("copy") ?? false;
        // A frame that has shown an image copies no more: the next copy gets a new one. This
        // one stays until then, as the engine may still be reading its image.
        this.holder = frame.cloneNode(false);
        this.holder.removeAttribute("src");
        frame.after(this.holder);
        this.used = { frame, url };
        this.busy = false;
        this.report(copied);
      }, { once: true });
      frame.src = url;
    }, "image/png");
  }
}
