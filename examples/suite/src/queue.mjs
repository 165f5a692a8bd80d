/** A promise queue that runs at most `concurrency` tasks at a time, in the order they were added. */
export function createQueue(concurrency) {
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError('concurrency must be a positive integer');
  const waiting = [];
  let running = 0;
  let idle = [];

  function next() {
    if (running === 0 && waiting.length === 0) {
      for (const resolve of idle) resolve();
      idle = [];
      return;
    }
    while (running < concurrency && waiting.length > 0) {
      const { task, resolve, reject } = waiting.shift();
      running++;
      Promise.resolve()
        .then(task)
        .then(resolve, reject)
        .finally(() => {
          running--;
          next();
        });
    }
  }

  return {
    add(task) {
      return new Promise((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        next();
      });
    },
    onIdle() {
      return running === 0 && waiting.length === 0 ? Promise.resolve() : new Promise((r) => idle.push(r));
    },
    get running() {
      return running;
    },
  };
}
