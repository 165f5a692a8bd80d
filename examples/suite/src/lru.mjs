/** A least-recently-used cache with an optional time to live per entry. */
export class LruCache {
  #entries = new Map();

  constructor({ capacity, ttlMs = Infinity, now = Date.now }) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError('capacity must be a positive integer');
    this.capacity = capacity;
    this.ttlMs = ttlMs;
    this.now = now;
  }

  get size() {
    return this.#entries.size;
  }

  get(key) {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (this.now() >= entry.expiresAt) {
      this.#entries.delete(key);
      return undefined;
    }
    // Re-insert so the key becomes the most recently used.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.value;
  }

  set(key, value) {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    while (this.#entries.size > this.capacity) this.#entries.delete(this.#entries.keys().next().value);
    return this;
  }

  keys() {
    return [...this.#entries.keys()];
  }
}
