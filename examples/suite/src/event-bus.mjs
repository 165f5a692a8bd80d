/** A small typed-by-convention event emitter with `once` and awaited async listeners. */
export class EventBus {
  #listeners = new Map();

  on(event, listener) {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event).add(listener);
    return () => this.off(event, listener);
  }

  once(event, listener) {
    const off = this.on(event, (...args) => {
      off();
      return listener(...args);
    });
    return off;
  }

  off(event, listener) {
    this.#listeners.get(event)?.delete(listener);
  }

  listenerCount(event) {
    return this.#listeners.get(event)?.size ?? 0;
  }

  /** Calls every listener in registration order and waits for them all; returns how many ran. */
  async emit(event, ...args) {
    const listeners = [...(this.#listeners.get(event) ?? [])];
    await Promise.all(listeners.map((listener) => listener(...args)));
    return listeners.length;
  }
}
