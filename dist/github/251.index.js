export const id = 251;
export const ids = [251];
export const modules = {

/***/ 58632:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RedisWorkQueue: () => (/* binding */ RedisWorkQueue),
/* harmony export */   sN: () => (/* binding */ QueueUnavailableError)
/* harmony export */ });
/* unused harmony exports DEFAULT_LEASE_MS, describeRedisUrl, queueNamespace */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var _redis_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1268);
/* harmony import */ var _ci_logger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41284);
/* harmony import */ var _model_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74060);
/* harmony import */ var _batches_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25905);
/* harmony import */ var _work_source_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(82120);
/**
 * The work source across CI jobs: one queue per run on the team's own Redis or Valkey, shared by the N jobs
 * of a matrix (`tessera run --queue <url>`). The design is ci-queue's (Shopify): the first job to arrive
 * fills the queue from the plan, every job reserves batches under a lease that it renews while it runs, a
 * job that dies stops renewing and a live job takes its batch over once the lease expires, and only the
 * job holding a batch's lease when it finishes counts it, so an item is reported once.
 *
 * Every multi-key step is one Lua script, atomic on the server, and reads the server's clock (`TIME`), so
 * the jobs' own clocks never have to agree. Keys live under `tessera:q:<queue id>:` and expire (TTL), so
 * two runs or two repositories on one Redis never mix and nothing piles up. The batch policy is
 * batches.ts's, with the same constants, in Lua: the Redis queue hands out the same sequence of batches as
 * the in-memory one (a test holds them to it).
 */






/** The queue's Redis could not be reached or was lost: named by host and port only. */
class QueueUnavailableError extends _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TesseraError */ .Wc {
    name = 'QueueUnavailableError';
}
const DEFAULT_LEASE_MS = 60_000;
const DEFAULT_TTL_SECONDS = 86_400;
/** `host:port` of a Redis URL, for messages: never the user name or the password. */
function describeRedisUrl(url) {
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
            return undefined;
        return `${parsed.protocol}//${parsed.hostname}:${parsed.port || '6379'}`;
    }
    catch {
        return undefined;
    }
}
/** The key prefix of a queue: its id when it is short and plain, else a hash of it. */
function queueNamespace(queueId) {
    const plain = /^[A-Za-z0-9._-]{1,64}$/.test(queueId);
    return `tessera:q:${plain ? queueId : (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(queueId).digest('hex').slice(0, 32)}`;
}
/** A fingerprint of the units, so that two different plans under one queue id are refused. */
function planHash(units) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const unit of units)
        hash.update(`${unit.items.join('\0')}\n`);
    return hash.digest('hex').slice(0, 32);
}
// The server's clock in milliseconds, for every script.
const NOW = `local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;
/**
 * Take, in this order: a batch whose lease expired (given to this worker, the old holder recorded); a unit
 * another worker failed and requeued that this worker has not run; the next batch from the pending list,
 * sized as batches.ts sizes it; and, with nothing else left, a requeued unit this worker ran itself once no
 * other live worker that has not run it could take it (the last-worker case of requeue.ts). Every call
 * stamps this worker as alive in `seen`; a worker told the queue is drained is struck from it.
 * KEYS: meta, pending, leases, owner, batches, seq, requeued, requeueOf, seen.
 * ARGV: worker, leaseMs, divisor, overheadMultiple, overheadMs, ttlSeconds.
 * Returns {'batch', seq, json, previousOwner|'', requeueOf json|''} or {'empty', waiting}.
 */
const TAKE = `${NOW}
local worker, leaseMs, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[6])
redis.call('HSET', KEYS[9], worker, now)
local function lease(seq)
  redis.call('HSET', KEYS[4], seq, worker)
  redis.call('ZADD', KEYS[3], now + leaseMs, seq)
end
local expired = redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now, 'LIMIT', 0, 1)
if #expired > 0 then
  local seq = expired[1]
  local previous = redis.call('HGET', KEYS[4], seq) or ''
  lease(seq)
  return {'batch', seq, redis.call('HGET', KEYS[5], seq), previous, redis.call('HGET', KEYS[8], seq) or ''}
end
local function ran(entry, w)
  for _, v in ipairs(entry.workers) do if tostring(v) == w then return true end end
  return false
end
local function fromRequeue(raw, entry)
  redis.call('LREM', KEYS[7], 1, raw)
  local seq = tostring(redis.call('INCR', KEYS[6]))
  local json = cjson.encode({entry.unit})
  local origin = cjson.encode({attempt = entry.attempt, workers = entry.workers, sequence = entry.sequence})
  redis.call('HSET', KEYS[5], seq, json)
  redis.call('HSET', KEYS[8], seq, origin)
  lease(seq)
  for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ttl) end
  return {'batch', seq, json, '', origin}
end
local waiting = redis.call('LRANGE', KEYS[7], 0, -1)
for _, raw in ipairs(waiting) do
  local entry = cjson.decode(raw)
  if not ran(entry, worker) then return fromRequeue(raw, entry) end
end
if redis.call('LLEN', KEYS[2]) == 0 then
  if #waiting > 0 then
    local seen = redis.call('HGETALL', KEYS[9])
    for _, raw in ipairs(waiting) do
      local entry = cjson.decode(raw)
      local others = false
      for i = 1, #seen, 2 do
        if seen[i] ~= worker and not ran(entry, seen[i]) and now - tonumber(seen[i + 1]) <= leaseMs then others = true end
      end
      if not others then return fromRequeue(raw, entry) end
    end
  end
  local held = redis.call('ZCARD', KEYS[3]) + #waiting
  if held == 0 then redis.call('HDEL', KEYS[9], worker) end
  return {'empty', tostring(held)}
end
local workers = tonumber(redis.call('HGET', KEYS[1], 'workers'))
local remaining = tonumber(redis.call('HGET', KEYS[1], 'remainingMs'))
local target = math.max(remaining / math.max(1, workers) / tonumber(ARGV[3]), tonumber(ARGV[5]) * tonumber(ARGV[4]))
local units = {}
local ms = 0
repeat
  local raw = redis.call('LPOP', KEYS[2])
  local unit = cjson.decode(raw)
  table.insert(units, unit)
  ms = ms + unit.predictedMs
  local nextRaw = redis.call('LINDEX', KEYS[2], 0)
  if not nextRaw then break end
  local nextUnit = cjson.decode(nextRaw)
until ms + nextUnit.predictedMs > target or (nextUnit.priority or '') ~= (units[1].priority or '')
redis.call('HINCRBYFLOAT', KEYS[1], 'remainingMs', -ms)
local seq = tostring(redis.call('INCR', KEYS[6]))
local json = cjson.encode(units)
redis.call('HSET', KEYS[5], seq, json)
lease(seq)
for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ttl) end
return {'batch', seq, json, '', ''}`;
/**
 * Bail: records that `worker` stopped taking batches (`--bail`). When every worker has bailed, nobody is left
 * to run what is pending: this last one takes it all, so it is reported as not run instead of waiting in the
 * queue forever, requeued units included. KEYS: meta, pending, bailed, requeued. ARGV: worker, ttlSeconds.
 * Returns the units' JSON.
 */
const BAIL = `
redis.call('SADD', KEYS[3], ARGV[1])
redis.call('EXPIRE', KEYS[3], tonumber(ARGV[2]))
if redis.call('SCARD', KEYS[3]) < tonumber(redis.call('HGET', KEYS[1], 'workers')) then return {} end
local left = redis.call('LRANGE', KEYS[2], 0, -1)
for _, raw in ipairs(redis.call('LRANGE', KEYS[4], 0, -1)) do
  table.insert(left, cjson.encode(cjson.decode(raw).unit))
end
redis.call('DEL', KEYS[2], KEYS[4])
redis.call('HSET', KEYS[1], 'remainingMs', '0')
return left`;
/**
 * Renew: extends the lease when this worker still holds it, and stamps the worker alive.
 * KEYS: leases, owner, seen. ARGV: worker, seq, leaseMs.
 */
const RENEW = `${NOW}
redis.call('HSET', KEYS[3], ARGV[1], now)
if redis.call('HGET', KEYS[2], ARGV[2]) ~= ARGV[1] then return 0 end
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[2])
return 1`;
/**
 * Complete: releases the lease and counts the batch done when this worker still holds it; {0} when another
 * worker took it over (its run is the one that counts). In the same step, the failed units (1-based
 * positions in the batch) go back in the queue for another worker, each while it was requeued fewer than
 * meta.requeueMax times and while the run's budget (meta.requeueBudget, in items) lasts: the counters live
 * here, so the bounds hold whatever the jobs do at once.
 * KEYS: leases, owner, done, meta, batches, requeued, requeues, requeueOf.
 * ARGV: worker, seq, failed positions (JSON array), ttlSeconds.
 * Returns {1, position, …} with the positions it requeued, or {0}.
 */
const COMPLETE = `
if redis.call('HGET', KEYS[2], ARGV[2]) ~= ARGV[1] then return {0} end
if not redis.call('ZSCORE', KEYS[1], ARGV[2]) then return {0} end
redis.call('ZREM', KEYS[1], ARGV[2])
redis.call('SADD', KEYS[3], ARGV[2])
local reply = {1}
local failed = cjson.decode(ARGV[3])
local max = tonumber(redis.call('HGET', KEYS[4], 'requeueMax') or '0')
if #failed == 0 or max <= 0 then return reply end
local budget = tonumber(redis.call('HGET', KEYS[4], 'requeueBudget') or '0')
local units = cjson.decode(redis.call('HGET', KEYS[5], ARGV[2]))
local origin = redis.call('HGET', KEYS[8], ARGV[2])
local workers, attempt = {}, 2
if origin then
  origin = cjson.decode(origin)
  workers = origin.workers
  attempt = origin.attempt + 1
end
table.insert(workers, tonumber(ARGV[1]))
for _, position in ipairs(failed) do
  local unit = units[position]
  if unit then
    local key = unit.items[1]
    local count = tonumber(redis.call('HGET', KEYS[7], key) or '0')
    local spent = tonumber(redis.call('HGET', KEYS[4], 'requeueSpent') or '0')
    if count < max and spent + #unit.items <= budget then
      redis.call('HINCRBY', KEYS[7], key, 1)
      redis.call('HINCRBY', KEYS[4], 'requeueSpent', #unit.items)
      redis.call('RPUSH', KEYS[6], cjson.encode({unit = unit, attempt = attempt, workers = workers, sequence = tonumber(ARGV[2])}))
      table.insert(reply, position)
    end
  end
end
for i = 6, 7 do redis.call('EXPIRE', KEYS[i], tonumber(ARGV[4])) end
return reply`;
/**
 * A node-redis client with bounded reconnects: after `retries` attempts the client gives up and every
 * pending command fails, so a lost Redis is a clear failure, never a hang. Errors go to `onError` (without
 * a listener the client would throw them).
 */
function openClient(options, onError) {
    const retries = options.retries ?? 5;
    const client = (0,_redis_client__WEBPACK_IMPORTED_MODULE_1__.createClient)({
        url: options.url,
        socket: {
            connectTimeout: 5_000,
            reconnectStrategy: (attempt, cause) => {
                onError(cause.message);
                return attempt >= retries
                    ? new Error(`gave up after ${retries} reconnects`)
                    : Math.min(2 ** attempt * 200, 5_000);
            },
        },
    });
    client.on('error', (error) => onError(error.message));
    return client;
}
/** A worker's (or the report's) connection to one run's queue. */
class RedisWorkQueue {
    client;
    options;
    keys;
    leaseMs;
    where;
    sleep;
    /** Batches this worker took over from lost workers: sequence → the lost worker. */
    takenOver = new Map();
    constructor(client, options) {
        this.client = client;
        this.options = options;
        const ns = queueNamespace(options.queueId);
        this.keys = {
            meta: `${ns}:meta`,
            pending: `${ns}:pending`,
            leases: `${ns}:leases`,
            owner: `${ns}:owner`,
            batches: `${ns}:batches`,
            seq: `${ns}:seq`,
            done: `${ns}:done`,
            leader: `${ns}:leader`,
            bailed: `${ns}:bailed`,
            requeued: `${ns}:requeued`,
            requeues: `${ns}:requeues`,
            requeueOf: `${ns}:requeue-of`,
            seen: `${ns}:seen`,
        };
        this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
        // connect() refused any URL this cannot describe.
        this.where = describeRedisUrl(options.url) ?? 'the queue';
        this.sleep = options.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    }
    /**
     * Connects. A Redis that cannot be reached fails here, named by host and port, after the bounded retries.
     *
     * @throws UsageError for a URL that is not `redis://` or `rediss://`
     * @throws QueueUnavailableError when the server cannot be reached or refuses the password
     */
    static async connect(options) {
        const where = describeRedisUrl(options.url);
        if (where === undefined)
            throw new _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--queue is not a redis:// or rediss:// URL', 'Pass the URL of your Redis or Valkey, e.g. from a secret: --queue "$TESSERA_QUEUE_URL".');
        let lastError = '';
        const client = openClient(options, (message) => (lastError = message));
        try {
            await client.connect();
            await client.ping();
        }
        catch (error) {
            await client.destroy?.();
            throw new QueueUnavailableError(`cannot reach the queue's Redis at ${where}: ${redact(lastError || error.message, options.url)}`, 'Check that the server is up and reachable from this job, and the password in the URL; or run the planned shard with --queue-fallback static.');
        }
        return new RedisWorkQueue(client, options);
    }
    /**
     * Fills the queue from the plan's units when this worker is the first to arrive (an atomic SET NX), or
     * waits until the first one has. Refuses a queue id that already holds another plan.
     *
     * @returns whether this worker filled it
     */
    async fill(units, timeoutMs = 120_000) {
        const hash = planHash(units);
        const ttl = this.options.ttlSeconds ?? DEFAULT_TTL_SECONDS;
        const started = Date.now();
        for (;;) {
            const meta = await this.call(() => this.client.hGetAll(this.keys.meta));
            if (meta.ready === '1') {
                if (meta.plan !== hash)
                    throw new _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`queue ${this.options.queueId} on ${this.where} already holds another plan`, 'Each run needs its own queue id: pass --queue-id with the CI run id (and attempt), or re-plan for all jobs.');
                return false;
            }
            // The leader key lives a short while: a leader that died before filling lets another job fill.
            const won = await this.call(() => this.client.set(this.keys.leader, String(Date.now()), { NX: true, PX: 30_000 }));
            if (won === 'OK') {
                const sorted = (0,_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .longestFirst */ .z3)(units);
                const total = sorted.reduce((sum, u) => sum + u.predictedMs, 0);
                const multi = this.client.multi();
                multi.del([
                    this.keys.pending,
                    this.keys.leases,
                    this.keys.owner,
                    this.keys.batches,
                    this.keys.seq,
                    this.keys.done,
                    this.keys.bailed,
                    this.keys.requeued,
                    this.keys.requeues,
                    this.keys.requeueOf,
                    this.keys.seen,
                ]);
                for (let i = 0; i < sorted.length; i += 1000)
                    multi.rPush(this.keys.pending, sorted.slice(i, i + 1000).map((u) => JSON.stringify({
                        items: u.items,
                        predictedMs: u.predictedMs,
                        ...(u.priority ? { priority: u.priority } : {}),
                    })));
                multi.hSet(this.keys.meta, {
                    plan: hash,
                    workers: String(this.options.workers),
                    remainingMs: String(total),
                    units: String(sorted.length),
                    requeueMax: String(this.options.requeue?.max ?? 0),
                    requeueBudget: String(this.options.requeue?.budget ?? 0),
                    ready: '1',
                });
                // Keys created later (requeues, liveness) get their TTL from the script that creates them.
                for (const key of Object.values(this.keys))
                    multi.expire(key, ttl);
                await this.call(() => multi.exec());
                return true;
            }
            if (Date.now() - started > timeoutMs)
                throw new QueueUnavailableError(`queue ${this.options.queueId} on ${this.where} was not filled within ${Math.round(timeoutMs / 1000)} s`, 'The job that took the lead seems stuck; re-run the jobs.');
            await this.sleep(Math.min(500, this.options.pollMs ?? 1_000));
        }
    }
    /**
     * The next batch for `worker`: one whose lease expired, else the next from the queue. With nothing pending
     * but leases still held by other workers, it waits and asks again, since one of them may die and leave its
     * batch to take over; undefined once the queue is drained.
     */
    async take(worker) {
        for (;;) {
            const reply = (await this.call(() => this.client.sendCommand([
                'EVAL',
                TAKE,
                '9',
                this.keys.meta,
                this.keys.pending,
                this.keys.leases,
                this.keys.owner,
                this.keys.batches,
                this.keys.seq,
                this.keys.requeued,
                this.keys.requeueOf,
                this.keys.seen,
                String(worker),
                String(this.leaseMs),
                String(_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .BATCH_SHARE_DIVISOR */ ._X),
                String(_batches_js__WEBPACK_IMPORTED_MODULE_4__/* .BATCH_OVERHEAD_MULTIPLE */ .bR),
                String(this.options.overheadMs ?? 0),
                String(this.options.ttlSeconds ?? DEFAULT_TTL_SECONDS),
            ])));
            if (reply[0] === 'batch') {
                const sequence = Number(reply[1]);
                const units = JSON.parse(reply[2]);
                const previous = reply[3] ? Number(reply[3]) : undefined;
                if (previous !== undefined && previous !== worker)
                    this.takenOver.set(sequence, previous);
                const requeueOf = reply[4] ? originFromScript(reply[4]) : undefined;
                return {
                    sequence,
                    units,
                    ...(previous !== undefined && previous !== worker ? { takenOverFrom: previous } : {}),
                    ...(requeueOf ? { requeueOf } : {}),
                };
            }
            if (Number(reply[1]) === 0)
                return undefined;
            await this.sleep(this.options.pollMs ?? 1_000);
        }
    }
    /**
     * Whether `worker` still holds `batch` and may count it; false when another worker took it over (the
     * other's run counts, this one's results for it must be dropped).
     */
    async complete(worker, batch, failedItems = []) {
        const completion = await this.completeBatch(worker, batch, failedItems);
        if (!completion.counted)
            this.superseded.add(batch.sequence);
        return completion;
    }
    /**
     * `worker` bailed (`--bail`) and takes no more batches; what is pending stays for the other workers. When
     * every worker has bailed, the pending units are taken off the queue and returned: this worker records
     * them as not run.
     */
    async bail(worker) {
        const reply = (await this.call(() => this.client.sendCommand([
            'EVAL',
            BAIL,
            '4',
            this.keys.meta,
            this.keys.pending,
            this.keys.bailed,
            this.keys.requeued,
            String(worker),
            String(this.options.ttlSeconds ?? DEFAULT_TTL_SECONDS),
        ])));
        return reply.map((raw) => JSON.parse(raw));
    }
    /** Batches this worker finished after another took them over: their results are dropped. */
    superseded = new Set();
    async completeBatch(worker, batch, failedItems) {
        const reply = (await this.call(() => this.client.sendCommand([
            'EVAL',
            COMPLETE,
            '8',
            this.keys.leases,
            this.keys.owner,
            this.keys.done,
            this.keys.meta,
            this.keys.batches,
            this.keys.requeued,
            this.keys.requeues,
            this.keys.requeueOf,
            String(worker),
            String(batch.sequence),
            JSON.stringify((0,_work_source_js__WEBPACK_IMPORTED_MODULE_5__/* .failedUnitPositions */ .CN)(batch, failedItems)),
            String(this.options.ttlSeconds ?? DEFAULT_TTL_SECONDS),
        ])));
        const [counted, ...positions] = reply.map(Number);
        const requeued = positions.flatMap((p) => batch.units[p - 1]?.items ?? []);
        return { counted: counted === 1, requeued };
    }
    /**
     * Keeps `batch` reserved while `work` runs, renewing the lease every third of its length; a failed renewal
     * is retried on the next tick (a lost renewal only risks a takeover, which the completion resolves).
     */
    async holding(worker, batch, work) {
        const timer = setInterval(() => {
            void this.client
                .sendCommand([
                'EVAL',
                RENEW,
                '3',
                this.keys.leases,
                this.keys.owner,
                this.keys.seen,
                String(worker),
                String(batch.sequence),
                String(this.leaseMs),
            ])
                .catch(() => undefined);
        }, Math.max(50, Math.floor(this.leaseMs / 3)));
        try {
            return await work();
        }
        finally {
            clearInterval(timer);
        }
    }
    /**
     * Pending (requeued units included) and leased counts: the report waits for ready, nothing pending and no
     * lease.
     */
    async state() {
        const [ready, pending, requeued, leased, done] = await this.call(() => Promise.all([
            this.client.hGet(this.keys.meta, 'ready'),
            this.client.lLen(this.keys.pending),
            this.client.lLen(this.keys.requeued),
            this.client.zCard(this.keys.leases),
            this.client.sCard(this.keys.done),
        ]));
        return { ready: ready === '1', pending: pending + requeued, leased, done };
    }
    /** Closes the connection. */
    async close() {
        await this.client.close?.().catch(() => undefined);
    }
    /** Runs a command; a lost connection (after the client's bounded reconnects) is a QueueUnavailableError. */
    async call(command) {
        try {
            return await command();
        }
        catch (error) {
            if (error instanceof _model_index_js__WEBPACK_IMPORTED_MODULE_3__/* .TesseraError */ .Wc)
                throw error;
            throw new QueueUnavailableError(`lost the queue's Redis at ${this.where}: ${redact(error.message, this.options.url)}`, 'The queue is gone for this run: re-run the jobs (with --queue-fallback static a job runs its planned shard instead).');
        }
    }
}
/** A requeued batch's origin as the TAKE script returns it: the last worker of the list failed it. */
function originFromScript(json) {
    const origin = JSON.parse(json);
    return {
        attempt: origin.attempt,
        worker: origin.workers[origin.workers.length - 1] ?? 0,
        sequence: origin.sequence,
    };
}
/** `message` with the URL (as host and port) and its credentials taken out, whatever the client put in it. */
function redact(message, url) {
    const masker = new _ci_logger_js__WEBPACK_IMPORTED_MODULE_2__/* .SecretMasker */ .M2();
    try {
        const { password, username } = new URL(url);
        masker.add(decodeURIComponent(password));
        masker.add(decodeURIComponent(username));
    }
    catch {
        // Not a URL: connect() refuses it before any message could hold it.
    }
    return masker.scrub(message.split(url).join(describeRedisUrl(url) ?? 'the queue URL'));
}


/***/ })

};
