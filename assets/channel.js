// The page's line to its figure: one WebSocket for the news it asks for and the events it sends
// (server.py, `figure_socket`), and plain requests, one each, whenever the socket is not open.
// Each answer looks the same either way: a status, headers, and for news a body.

const GONE = 4404; // the socket's close code for a figure that is no more

/** A promise with its resolve at hand. */
function deferred() {
  let resolve;
  const promise = new Promise((done) => { resolve = done; });
  return { promise, resolve };
}

/** A news message as an answer: a 4-byte length, a JSON object of headers, the PNG. */
function newsAnswer(data) {
  const length = new DataView(data).getUint32(0);
  const { Status, ...headers } = JSON.parse(new TextDecoder().decode(new Uint8Array(data, 4, length)));
  const status = Number(Status);
  return { status, ok: status < 300, headers: new Headers(headers), arrayBuffer: async () => data.slice(4 + length) };
}

export class FigureChannel {
  #socket = null;
  #opened;
  #news = null; // the news the socket owes
  #unasked = true; // the socket's first news comes without a want
  #batch = 0;
  #answers = new Map(); // batch number → its answer's resolve

  constructor() {
    const url = new URL("socket", location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    const opened = deferred();
    this.#opened = opened.promise;
    let socket;
    try {
      socket = new WebSocket(url);
    } catch {
      opened.resolve(false);
      return;
    }
    socket.binaryType = "arraybuffer";
    this.#news = deferred();
    socket.addEventListener("open", () => {
      this.#socket = socket;
      opened.resolve(true);
    });
    socket.addEventListener("message", ({ data }) => this.#take(data));
    socket.addEventListener("close", ({ code }) => {
      opened.resolve(false);
      this.#socket = null;
      // What the socket still owed: the figure's end, or nothing (the requests take over).
      this.#news?.resolve(code === GONE ? { status: 404, ok: false, headers: new Headers() } : null);
      this.#news = null;
      for (const resolve of this.#answers.values()) resolve({ ok: false, status: 0, text: async () => "socket closed" });
      this.#answers.clear();
    });
  }

  /** What is newer than frame `lastId` and state `version` (an answer; null on failure). One
   * at a time: ask again once the last has come. */
  async news(lastId, version) {
    if (await this.#opened && this.#socket !== null) {
      if (this.#unasked) {
        this.#unasked = false;
      } else {
        this.#news = deferred();
        this.#socket.send(JSON.stringify({ want: [lastId, version] }));
      }
      return this.#news.promise;
    }
    return fetch(`image.png?last_id=${lastId}&version=${version}`, { cache: "no-store" }).catch(() => null);
  }

  /** Send events, one URL-encoded event per line; the answer comes once the figure has
   * handled them. */
  async post(body) {
    if (await this.#opened && this.#socket !== null) {
      this.#batch += 1;
      const answered = deferred();
      this.#answers.set(this.#batch, answered.resolve);
      this.#socket.send(JSON.stringify({ batch: this.#batch, events: body }));
      return answered.promise;
    }
    return fetch("event", { method: "POST", body, headers: { "Content-Type": "text/plain" } });
  }

  #take(data) {
    if (typeof data !== "string") {
      this.#news?.resolve(newsAnswer(data));
      return;
    }
    const { handled, refused, error } = JSON.parse(data);
    const batch = handled ?? refused;
    this.#answers.get(batch)?.({ ok: handled !== undefined, status: handled !== undefined ? 200 : 400, text: async () => error });
    this.#answers.delete(batch);
  }
}
