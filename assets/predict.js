// What the canvas shows: the figure's last frame, and, while the pan or zoom tool drags, that
// frame's pixels moved where the gesture takes them, at display rate.
//
// The host draws each new view in the time the figure takes (tens to hundreds of ms); the page
// repaints the inside of the axes under the pointer on every display frame, from the frame it
// has, by the same arithmetic as matplotlib's pan and zoom (Axes._get_pan_points,
// _prepare_view_from_bbox). Ticks, labels and everything outside the axes come from frames
// only, and each frame that lands is shown at once with the prediction made from it: once the
// frame that reflects the gesture's end is in, the canvas is that frame, pixel for pixel.

const PAN_BUTTON = 1;
const ZOOM_BUTTON = 3;
// matplotlib's threshold below which a zoom-to-rectangle is a click, in pixels.
const ZOOM_CANCEL = 5;

/** The map from one view's pixels to another's along axis k (0: x, 1: y): q' = a q + b. */
function mapBetween(from, to, k) {
  const a = to.scale[k] / from.scale[k];
  return { a, b: to.offset[k] - a * from.offset[k] };
}

const IDENTITY = [{ a: 1, b: 0 }, { a: 1, b: 0 }];

const inside = ([x, y, w, h], point) => point.x >= x && point.x <= x + w && point.y >= y && point.y <= y + h;

/** matplotlib's `format_deltas`: what a key held during a pan does to its deltas (y up). */
function formatDeltas(key, dx, dy) {
  if (key === "control") return Math.abs(dx) > Math.abs(dy) ? [dx, dx] : [dy, dy];
  if (key === "x") return [dx, 0];
  if (key === "y") return [0, dy];
  if (key === "shift") {
    if (2 * Math.abs(dx) < Math.abs(dy)) return [0, dy];
    if (2 * Math.abs(dy) < Math.abs(dx)) return [dx, 0];
    if (Math.abs(dx) > Math.abs(dy)) return [dx, (dy / Math.abs(dy)) * Math.abs(dx)];
    return [(dx / Math.abs(dx)) * Math.abs(dy), dy];
  }
  return [dx, dy];
}

export class FigureDisplay {
  /** `canvas` is shown; `frames` holds the figure's last frame as the host drew it. */
  constructor(canvas, frames) {
    this.canvas = canvas;
    this.frames = frames;
    this.context = canvas.getContext("2d");
    this.frame = null; // id, scale, input, views of the frame in `frames`
    this.mode = ""; // the toolbar's: "PAN", "ZOOM" or ""
    this.navigation = []; // per axes, which ones a gesture at a point moves (axes_views.py)
    this.key = null; // the key held, as matplotlib's canvas keeps it
    this.gesture = null;
    this.painting = false;
  }

  // -- from the host ---------------------------------------------------------------------------

  showFrame(frame) {
    this.frame = frame;
    const { canvas, frames } = this;
    const resized = canvas.width !== frames.width || canvas.height !== frames.height;
    if (resized) {
      canvas.width = frames.width;
      canvas.height = frames.height;
    }
    canvas.style.width = `${frames.width / frame.scale}px`;
    canvas.style.height = `${frames.height / frame.scale}px`;
    // The frame drawn after the gesture's end was taken ends the prediction: it is the truth.
    const ended = this.gesture?.releasedAt !== undefined && frame.input >= this.gesture.releasedAt;
    if (ended) this.gesture = null;
    if (this.gesture || ended || resized) this.#paint();
    else if (frame.changed) this.#copy(frame.changed); // a blit's few tiles: only those
    canvas.dataset.frameId = String(frame.id);
  }

  #copy(rects) {
    const { context, frames } = this;
    context.save();
    context.globalCompositeOperation = "copy";
    context.beginPath();
    for (const [x, y, width, height] of rects) context.rect(x, y, width, height);
    context.clip();
    context.drawImage(frames, 0, 0);
    context.restore();
  }

  showState(state) {
    if ("mode" in state) this.mode = state.mode;
    // With the tool manager, its pan and zoom tools are toggled instead.
    if ("tools" in state) {
      const on = state.tools.flat().filter((tool) => tool[3] && tool[4]).map((tool) => tool[0]);
      this.mode = on.includes("pan") ? "PAN" : on.includes("zoom") ? "ZOOM" : "";
    }
    if ("axes" in state) this.navigation = state.axes;
  }

  // -- from the user, as sent to the host (input.js) ---------------------------------------

  /** Input the page sent to the figure as event number `seq`, at `x`, `y` CSS pixels. */
  input(params, seq) {
    const { type } = params;
    if (type === "key_press") this.key = params.key;
    else if (type === "key_release") this.key = null;
    if (this.frame === null) return;
    const point = { x: params.x * this.frame.scale, y: params.y * this.frame.scale };
    if (type === "button_press" || type === "dblclick") this.#press(params.button, point);
    else if (type === "motion_notify" && this.gesture && this.gesture.releasedAt === undefined) {
      this.gesture.point = point;
      if (this.gesture.method === "pan") this.#schedulePaint(); // a zoom's box shows at release
    } else if (type === "button_release" && this.gesture && this.gesture.releasedAt === undefined) {
      this.gesture.point = point;
      this.gesture.releasedAt = seq;
      this.#schedulePaint();
    }
  }

  #press(button, point) {
    this.gesture = null;
    const method = { PAN: "pan", ZOOM: "zoom" }[this.mode];
    if (!method || (button !== PAN_BUTTON && button !== ZOOM_BUTTON)) return;
    if (method === "zoom" && button !== PAN_BUTTON) return; // zooming out is not predicted
    const views = this.frame.views;
    const axes = this.#engaged(method, point);
    // An axes the gesture moves but whose pixels the page cannot place: predict nothing.
    if (axes.length === 0 || axes.some((entry) => !views.has(entry.id))) return;
    this.gesture = {
      method, button, start: point, point, axes,
      // Each moved axes' view at the press, from which matplotlib computes every new view.
      base: new Map(axes.map((entry) => [entry.id, views.get(entry.id)])),
    };
  }

  /** The axes a pan or zoom at `point` moves, as matplotlib's
   * `_start_event_axes_interaction` finds them. */
  #engaged(method, point) {
    const views = this.frame.views;
    const byId = new Map(this.navigation.map((entry) => [entry.id, entry]));
    const hit = this.navigation.filter(
      (entry) => entry[method] && inside(views.get(entry.id)?.bounds ?? entry.bounds, point),
    );
    const byZ = new Map();
    for (const entry of [...hit].reverse()) byZ.set(entry.z, [...(byZ.get(entry.z) ?? []), entry]);
    const found = [];
    for (const z of [...byZ.keys()].sort((p, q) => q - p)) {
      const captured = byZ.get(z).find((entry) => {
        found.push(entry, ...entry.twins.map((id) => byId.get(id) ?? { id }));
        return entry.captures;
      });
      if (captured) break;
    }
    return [...new Map(found.map((entry) => [entry.id, entry])).values()];
  }

  // -- the prediction --------------------------------------------------------------------------

  /** Where the gesture takes each moved axes' view: a view per axes id, or null. */
  #targets() {
    const { gesture } = this;
    const targets = new Map();
    const { start, point } = gesture;
    const { key } = this; // as matplotlib reads it, at each move
    if (gesture.method === "zoom") {
      if (gesture.releasedAt === undefined) return null;
      const [dx, dy] = [point.x - start.x, point.y - start.y];
      if ((Math.abs(dx) < ZOOM_CANCEL && key !== "y") || (Math.abs(dy) < ZOOM_CANCEL && key !== "x")) return null;
      gesture.axes.forEach((entry, i) => {
        const earlier = gesture.axes.slice(0, i);
        const base = gesture.base.get(entry.id);
        if (!entry.auto_aspect) return; // the aspect then moves the box: not predicted
        const twinx = earlier.some((other) => other.sharex === entry.sharex);
        const twiny = earlier.some((other) => other.sharey === entry.sharey);
        const keepX = twinx || key === "y";
        const keepY = twiny || key === "x";
        targets.set(entry.id, {
          ...base,
          ...zoomedTo(base, [start.x, point.x], [start.y, point.y], keepX, keepY),
        });
      });
    } else if (gesture.button === PAN_BUTTON) {
      // matplotlib's deltas grow upwards.
      const [dx, dy] = formatDeltas(key, point.x - start.x, start.y - point.y);
      for (const entry of gesture.axes) {
        const base = gesture.base.get(entry.id);
        targets.set(entry.id, { ...base, offset: [base.offset[0] + dx, base.offset[1] - dy] });
      }
    } else {
      for (const entry of gesture.axes) {
        const base = gesture.base.get(entry.id);
        const [width, height] = base.bounds.slice(2);
        let [dx, dy] = formatDeltas(key, -(point.x - start.x) / width, (point.y - start.y) / height);
        if (!entry.auto_aspect) dx = dy = 0.5 * (dx + dy);
        const alpha = [10 ** dx, 10 ** dy];
        const at = [start.x, start.y];
        targets.set(entry.id, {
          ...base,
          scale: base.scale.map((s, k) => s / alpha[k]),
          offset: base.offset.map((o, k) => at[k] + (o - at[k]) / alpha[k]),
        });
      }
    }
    return this.#shared(targets);
  }

  /** Axes sharing x or y with a moved one take its new limits along that direction. */
  #shared(targets) {
    const views = this.frame.views;
    const result = new Map();
    for (const entry of this.navigation) {
      const view = views.get(entry.id);
      if (view) result.set(entry.id, { ...view, ...(targets.get(entry.id) ?? {}) });
    }
    for (const [k, group] of [[0, "sharex"], [1, "sharey"]]) {
      for (const entry of this.gesture.axes) {
        const moved = result.get(entry.id);
        if (!targets.has(entry.id) || !moved) continue;
        // Its new limits, in scaled data, at the edges of its bounds.
        const edges = [moved.bounds[k], moved.bounds[k] + moved.bounds[k + 2]];
        const limits = edges.map((p) => (p - moved.offset[k]) / moved.scale[k]);
        for (const other of this.navigation) {
          const view = result.get(other.id);
          if (other[group] !== entry[group] || other.id === entry.id || !view) continue;
          const [start, length] = [view.bounds[k], view.bounds[k + 2]];
          const scale = length / (limits[1] - limits[0]);
          view.scale = view.scale.map((s, j) => (j === k ? scale : s));
          view.offset = view.offset.map((o, j) => (j === k ? start - scale * limits[0] : o));
        }
      }
    }
    return result;
  }

  #schedulePaint() {
    if (this.painting) return;
    this.painting = true;
    requestAnimationFrame(() => {
      this.painting = false;
      this.#paint(false);
    });
  }

  /** Show the frame with the prediction made from it; `whole`: the frame changed, else only
   * the axes the gesture moves are drawn again (a whole canvas at ratio 2 is a third of a
   * display frame's time in a software-rendered page). */
  #paint(whole = true) {
    const { frames, frame } = this;
    if (whole) this.#copy([[0, 0, frames.width, frames.height]]);
    const targets = this.gesture && frame ? this.#targets() : null;
    if (targets) this.#predict(targets, whole);
    else if (!whole) this.#paint(true);
  }

  /** Draw each axes' inside from the frame's pixels, moved as `targets` says; the axes this
   * gesture moved before are drawn again too, moved or not, unless `whole` did. */
  #predict(targets, whole) {
    const { context, frames, frame } = this;
    const maps = [];
    for (const entry of this.navigation) {
      const view = frame.views.get(entry.id);
      const target = targets.get(entry.id);
      if (view && target) maps.push({ entry, view, map: [mapBetween(view, target, 0), mapBetween(view, target, 1)] });
    }
    // Axes that share a box (twins) share its pixels: moved alike, or not at all.
    const byBox = new Map();
    for (const item of maps) byBox.set(String(item.view.box), [...(byBox.get(String(item.view.box)) ?? []), item]);
    const moving = maps.filter((item) => {
      const same = byBox.get(String(item.view.box));
      return !sameMap(item.map, IDENTITY) && same.every((other) => sameMap(other.map, item.map));
    });
    const touched = this.gesture.touched ?? (this.gesture.touched = new Set());
    const overlaps = (item) =>
      moving.some((other) => boxesMeet(other.view.box, item.view.box)) ||
      (!whole && touched.has(String(item.view.box)));
    for (const item of maps) if (overlaps(item)) touched.add(String(item.view.box));
    const drawn = new Set();
    // In the figure's drawing order: an inset over a moved axes keeps its own pixels on top.
    for (const item of maps.sort((p, q) => p.entry.z - q.entry.z)) {
      const key = String(item.view.box);
      if (drawn.has(key) || !overlaps(item)) continue;
      drawn.add(key);
      const [x, y, w, h] = item.view.box;
      const still = !moving.includes(item);
      const [mx, my] = still ? IDENTITY : item.map;
      context.save();
      context.beginPath();
      context.rect(x, y, w, h);
      context.clip();
      if (!still) {
        context.fillStyle = item.entry.background;
        context.globalCompositeOperation = "copy";
        context.fillRect(x, y, w, h);
        context.globalCompositeOperation = "source-over";
      }
      context.imageSmoothingEnabled = !still;
      context.drawImage(frames, x, y, w, h, mx.a * x + mx.b, my.a * y + my.b, mx.a * w, my.a * h);
      context.restore();
    }
  }
}

const sameMap = ([ax, ay], [bx, by]) =>
  Math.abs(ax.a - bx.a) < 1e-9 && Math.abs(ay.a - by.a) < 1e-9 && Math.abs(ax.b - bx.b) < 0.01 && Math.abs(ay.b - by.b) < 0.01;

const boxesMeet = ([ax, ay, aw, ah], [bx, by, bw, bh]) => ax < bx + bw && bx < ax + aw && ay < by + bh && by < ay + ah;

/** The view that zooming `base` to the rectangle spanned by `xs`, `ys` (its pixels) gives,
 * clipped to its bounds as matplotlib clips it to the limits; a direction kept stays. */
function zoomedTo(base, xs, ys, keepX, keepY) {
  const scale = [...base.scale];
  const offset = [...base.offset];
  [[xs, keepX], [ys, keepY]].forEach(([span, keep], k) => {
    if (keep) return;
    const [start, length] = [base.bounds[k], base.bounds[k + 2]];
    const low = Math.max(Math.min(...span), start);
    const high = Math.min(Math.max(...span), start + length);
    const a = length / (high - low);
    scale[k] = a * base.scale[k];
    offset[k] = start + a * (base.offset[k] - low);
  });
  return { scale, offset };
}
