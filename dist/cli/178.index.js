export const id = 178;
export const ids = [178];
export const modules = {

/***/ 35394:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const LogStream = (__webpack_require__(523)/* .LogStream */ .B);
const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Build {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Build details
   */
  async get(name, number, opts) {
    opts = utils.parse([...arguments], "name", "number");

    this.jenkins._log(["debug", "build", "get"], opts);

    const req = { name: "build.get" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.number) throw new Error("number required");

      req.path = "{folder}/{number}/api/json";
      req.params = {
        folder: folder.path(),
        number: opts.number,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._get(
      req,
      middleware.notFound(opts.name + " " + opts.number),
      middleware.body
    );
  }

  /**
   * Stop build
   */
  async stop(name, number, opts) {
    opts = utils.parse([...arguments], "name", "number");

    this.jenkins._log(["debug", "build", "stop"], opts);

    const req = { name: "build.stop" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.number) throw new Error("number required");

      req.path = "{folder}/{number}/stop";
      req.params = {
        folder: folder.path(),
        number: opts.number,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name + " " + opts.number),
      middleware.require302("failed to stop: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Terminate build
   */
  async term(name, number, opts) {
    opts = utils.parse([...arguments], "name", "number");

    this.jenkins._log(["debug", "build", "term"], opts);

    const req = { name: "build.term" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.number) throw new Error("number required");

      req.path = "{folder}/{number}/term";
      req.params = {
        folder: folder.path(),
        number: opts.number,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name + " " + opts.number),
      middleware.empty
    );
  }

  /**
   * Get build log
   */
  async log(name, number, opts) {
    opts = utils.parse([...arguments], "name", "number");

    this.jenkins._log(["debug", "build", "log"], opts);

    const req = { name: "build.log" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.number) throw new Error("number required");

      req.path = "{folder}/{number}/logText/progressive{type}";
      req.params = {
        folder: folder.path(),
        number: opts.number,
        type: opts.type === "html" ? "Html" : "Text",
      };
      req.type = "form";
      req.body = {};
      if (opts.hasOwnProperty("start")) req.body.start = opts.start;
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name + " " + opts.number),
      (ctx, next) => {
        if (ctx.err) return next(ctx.err);
        if (!opts.meta) return next(false, ctx.res.body);

        const data = {
          text: ctx.res.body,
          more: ctx.res.headers["x-more-data"] === "true",
        };

        if (ctx.res.headers["x-text-size"]) {
          data.size = ctx.res.headers["x-text-size"];
        }

        next(false, data);
      }
    );
  }

  /**
   * Get log stream
   */
  logStream(name, number, opts) {
    opts = utils.parse([...arguments], "name", "number");

    return new LogStream(this.jenkins, opts);
  }
}

exports.L = Build;


/***/ }),

/***/ 41800:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Credentials {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Get or update credentials
   */
  async config(id, folderPath, store, domain, xml, opts) {
    opts = utils.parse(
      [...arguments],
      "id",
      "folder",
      "store",
      "domain",
      "xml"
    );

    this.jenkins._log(["debug", "credentials", "config"], opts);

    const req = { name: "credentials.config" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.folder);

      if (folder.isEmpty()) throw new Error("folder is required");
      if (!opts.id) throw new Error("id is required");
      if (!opts.store) throw new Error("store is required");
      if (!opts.domain) throw new Error("domain is required");

      req.path =
        "{folder}/credentials/store/{store}/domain/{domain}/credential/{id}/config.xml";
      req.params = {
        folder: store === "system" ? folder.path("/") : folder.path(),
        store: opts.store,
        domain: opts.domain,
        id: opts.id,
      };

      if (opts.xml) {
        req.method = "POST";
        req.headers = { "content-type": "text/xml; charset=utf-8" };
        req.body = Buffer.from(opts.xml);
      } else {
        req.method = "GET";
      }
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._request(
      req,
      middleware.notFound("job " + opts.folder),
      (ctx, next) => {
        if (ctx.err || opts.xml) return middleware.empty(ctx, next);

        next(false, ctx.res.body.toString("utf8"));
      }
    );
  }

  /**
   * Create credentials
   */
  async create(folder, store, domain, xml, opts) {
    opts = utils.parse([...arguments], "folder", "store", "domain", "xml");

    this.jenkins._log(["debug", "credentials", "create"], opts);

    const req = { name: "credentials.create" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.folder);

      if (folder.isEmpty()) throw new Error("folder required");
      if (!opts.store) throw new Error("store required");
      if (!opts.domain) throw new Error("domain required");
      if (!opts.xml) throw new Error("xml required");

      req.path =
        "{folder}/credentials/store/{store}/domain/{domain}/createCredentials";
      req.headers = { "content-type": "text/xml; charset=utf-8" };
      req.params = {
        folder: store === "system" ? folder.path("/") : folder.path(),
        store: opts.store,
        domain: opts.domain,
        id: opts.id,
      };

      req.body = Buffer.from(opts.xml);
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(req, middleware.empty);
  }

  /**
   * Check if credentials exist
   */
  async exists(id, folderPath, store, domain, opts) {
    opts = utils.parse([...arguments], "id", "folder", "store", "domain");

    this.jenkins._log(["debug", "credentials", "exists"], opts);

    const req = { name: "credentials.exists" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.folder);

      if (folder.isEmpty()) throw new Error("folder required");
      if (!opts.id) throw new Error("id required");
      if (!opts.store) throw new Error("store required");
      if (!opts.domain) throw new Error("domain required");

      req.path =
        "{folder}/credentials/store/{store}/domain/{domain}/credential/{id}/api/json";
      req.params = {
        folder: store === "system" ? folder.path("/") : folder.path(),
        store: opts.store,
        domain: opts.domain,
        id: opts.id,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._head(req, middleware.exists);
  }

  /**
   * Destroy credentials
   */
  async destroy(id, folderPath, store, domain, opts) {
    opts = utils.parse([...arguments], "id", "folder", "store", "domain");

    this.jenkins._log(["debug", "credentials", "destroy"], opts);

    const req = { name: "credentials.destroy" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.folder);

      if (folder.isEmpty()) throw new Error("folder is required");
      if (!opts.id) throw new Error("id is required");
      if (!opts.store) throw new Error("store is required");
      if (!opts.domain) throw new Error("domain is required");

      req.path =
        "{folder}/credentials/store/{store}/domain/{domain}/credential/{id}/config.xml";
      req.params = {
        folder: store === "system" ? folder.path("/") : folder.path(),
        store: opts.store,
        domain: opts.domain,
        id: opts.id,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._delete(req, middleware.empty);
  }

  /**
   * List credentials
   */
  async list(folderPath, store, domain, opts) {
    opts = utils.parse([...arguments], "folder", "store", "domain");

    this.jenkins._log(["debug", "credentials", "list"], opts);

    const req = {
      name: "credentials.list",
    };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.folder);

      if (!opts.domain) opts.domain = "_";

      req.path =
        "{folder}/credentials/store/{store}/domain/{domain}/api/json?tree=credentials[id]";
      req.params = {
        folder: store === "system" ? folder.path("/") : folder.path(),
        store: opts.store,
        domain: opts.domain,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._get(
      req,
      (ctx, next) => {
        if (ctx.err) return next();

        if (ctx.err || opts.xml) return middleware.empty(ctx, next);

        if (!ctx.res.body || !Array.isArray(ctx.res.body.credentials)) {
          ctx.err = new Error("returned bad data");
        }

        next();
      },
      middleware.bodyItem("credentials")
    );
  }
}

exports.J = Credentials;


/***/ }),

/***/ 44787:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const utils = __webpack_require__(66803);

class CrumbIssuer {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Get crumb
   */
  async get(opts) {
    opts = utils.parse([...arguments]);

    this.jenkins._log(["debug", "crumbIssuer", "get"], opts);

    const req = {
      name: "crumbIssuer.get",
      path: "/crumbIssuer/api/json",
    };

    utils.options(req, opts);

    return await this.jenkins._get(req, (ctx, next) => {
      if (ctx.err) return next(ctx.err);

      const data = ctx.res.body;

      if (data && data._class === "hudson.security.csrf.DefaultCrumbIssuer") {
        const cookies = ctx.res.headers["set-cookie"];

        if (cookies && cookies.length) {
          data.cookies = [];

          for (let i = 0; i < cookies.length; i++) {
            data.cookies.push(cookies[i].split(";")[0]);
          }
        }
      }

      next(false, data);
    });
  }
}

exports.X = CrumbIssuer;


/***/ }),

/***/ 24178:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

const Jenkins = (__webpack_require__(52100)/* .Jenkins */ .x);

module.exports = Jenkins;


/***/ }),

/***/ 52100:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const papi = __webpack_require__(17676);
const util = __webpack_require__(39023);

const Build = (__webpack_require__(35394)/* .Build */ .L);
const CrumbIssuer = (__webpack_require__(44787)/* .CrumbIssuer */ .X);
const Job = (__webpack_require__(97757)/* .Job */ ._);
const Label = (__webpack_require__(6256)/* .Label */ .J);
const Node = (__webpack_require__(47720)/* .Node */ .b);
const Plugin = (__webpack_require__(6935)/* .Plugin */ .k);
const Queue = (__webpack_require__(25389)/* .Queue */ .o);
const View = (__webpack_require__(70969)/* .View */ .S);
const Credentials = (__webpack_require__(41800)/* .Credentials */ .J);
const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Jenkins extends papi.Client {
  constructor(baseUrl, opts) {
    opts = utils.parse([...arguments], "baseUrl");

    if (!opts.headers) {
      opts.headers = {};
    } else {
      opts.headers = utils.clone(opts.headers);
    }
    if (!opts.headers.referer) {
      opts.headers.referer = opts.baseUrl + "/";
    }

    opts.name = "jenkins";

    const crumbIssuer = opts.crumbIssuer;
    const formData = opts.formData;

    delete opts.crumbIssuer;
    delete opts.formData;

    super(opts);

    if (typeof crumbIssuer === "function") {
      this._crumbIssuer = crumbIssuer;
    } else if (crumbIssuer === true || typeof crumbIssuer === "undefined") {
      this._crumbIssuer = utils.crumbIssuer;
    }

    if (formData) {
      if (typeof formData !== "function" || formData.name !== "FormData") {
        throw new Error("formData is invalid");
      }
      this._formData = formData;
    }

    this._ext("onCreate", this._onCreate);
    this._ext("onResponse", this._onResponse);

    this.build = new Jenkins.Build(this);
    this.credentials = new Jenkins.Credentials(this);
    this.crumbIssuer = new Jenkins.CrumbIssuer(this);
    this.job = new Jenkins.Job(this);
    this.label = new Jenkins.Label(this);
    this.node = new Jenkins.Node(this);
    this.plugin = new Jenkins.Plugin(this);
    this.queue = new Jenkins.Queue(this);
    this.view = new Jenkins.View(this);
  }

  /**
   * Inject CSRF Protection crumb into POST requests
   */
  _onCreate(ctx, next) {
    if (!this._crumbIssuer || ctx.opts.method !== "POST") return next();

    this._crumbIssuer(this).then((data) => {
      if (data.headerName && data.headerValue) {
        if (!ctx.opts.headers) ctx.opts.headers = {};
        ctx.opts.headers[data.headerName] = data.headerValue;
        if (data.cookies) ctx.opts.headers.cookie = data.cookies;
      }

      next();
    }, next);
  }

  /**
   * Handle responses.
   */
  _onResponse(ctx, next) {
    if (ctx.err) {
      if (ctx.res && ctx.res.headers && ctx.res.headers["x-error"]) {
        ctx.err.message = ctx.res.headers["x-error"].replace(/\?/g, '"');
      }
      ctx.err.res = ctx.res;
    }

    next();
  }

  /**
   * Jenkins info
   */
  async info(opts) {
    opts = utils.parse([...arguments]);

    this._log(["debug", "info"], opts);

    const req = {
      name: "info",
      path: "/api/json",
    };

    utils.options(req, opts);

    return this._get(req, middleware.body);
  }

  async get(...args) {
    return await info(...args);
  }
}

Jenkins.Build = Build;
Jenkins.Credentials = Credentials;
Jenkins.CrumbIssuer = CrumbIssuer;
Jenkins.Job = Job;
Jenkins.Label = Label;
Jenkins.Node = Node;
Jenkins.Plugin = Plugin;
Jenkins.Queue = Queue;
Jenkins.View = View;

exports.x = Jenkins;


/***/ }),

/***/ 97757:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Job {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Trigger job build
   */
  async build(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "build"], opts);

    const req = { name: "job.build" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/build";
      req.params = { folder: folder.path() };

      if (typeof opts.parameters === "object") {
        req.path += "WithParameters";

        let form;
        const data = {};

        for (const [name, value] of Object.entries(opts.parameters)) {
          if (utils.isFileLike(value)) {
            if (!form) {
              if (!this.jenkins._formData) {
                throw new Error(
                  "formData must be defined when client " +
                    "initialized to use file upload"
                );
              }
              form = new this.jenkins._formData();
            }
            form.append(name, value, value.filename || name);
          } else {
            data[name] = value;
          }
        }

        if (form) {
          for (const [name, value] of Object.entries(data)) {
            form.append(name, value);
          }
          req.body = form;

          if (!req.headers) req.headers = {};
          for (const [name, value] of Object.entries(form.getHeaders())) {
            req.headers[name] = value;
          }
        }

        if (!req.body) {
          req.type = "form";
          req.body = data;
        }
      }

      if (opts.delay) req.query.delay = opts.delay;
      if (opts.token) req.query.token = opts.token;
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.ignoreErrorForStatusCodes(302),
      middleware.queueLocation
    );
  }

  /**
   * Get or update config
   */
  async config(name, xml, opts) {
    opts = utils.parse([...arguments], "name", "xml");

    this.jenkins._log(["debug", "job", "config"], opts);

    const req = { name: "job.config" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/config.xml";
      req.params = { folder: folder.path() };

      if (opts.xml) {
        req.method = "POST";
        req.headers = { "content-type": "text/xml; charset=utf-8" };
        req.body = Buffer.from(opts.xml);
      } else {
        req.method = "GET";
      }
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._request(
      req,
      middleware.notFound("job " + opts.name),
      (ctx, next) => {
        if (ctx.err || opts.xml) return middleware.empty(ctx, next);

        next(false, ctx.res.body.toString("utf8"));
      }
    );
  }

  /**
   * Copy job
   */
  async copy(from, name, opts) {
    opts = utils.parse([...arguments], "from", "name");

    this.jenkins._log(["debug", "job", "copy"], opts);

    const req = { name: "job.copy" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.from) throw new Error("from required");

      req.path = "{dir}/createItem";
      req.headers = { "content-type": "text/xml; charset=utf-8" };
      req.params = { dir: folder.dir() };
      req.query.name = folder.name();
      req.query.from = opts.from;
      req.query.mode = "copy";
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.require302("failed to create: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Create new job from xml
   */
  async create(name, xml, opts) {
    opts = utils.parse([...arguments], "name", "xml");

    this.jenkins._log(["debug", "job", "create"], opts);

    const req = { name: "job.create" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.xml) throw new Error("xml required");

      req.path = "{dir}/createItem";
      req.headers = { "content-type": "text/xml; charset=utf-8" };
      req.params = { dir: folder.dir() };
      req.query.name = folder.name();
      req.body = Buffer.from(opts.xml);
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(req, middleware.empty);
  }

  /**
   * Destroy job
   */
  async destroy(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "destroy"], opts);

    const req = { name: "job.destroy" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/doDelete";
      req.params = { folder: folder.path() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to delete: " + opts.name),
      middleware.empty
    );
  }

  async delete(...args) {
    return await this.destroy(...args);
  }

  /**
   * Disable job
   */
  async disable(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "disable"], opts);

    const req = { name: "job.disable" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/disable";
      req.params = { folder: folder.path() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to disable: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Enable job
   */
  async enable(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "enable"], opts);

    const req = { name: "job.enable" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/enable";
      req.params = { folder: folder.path() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to enable: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Job exists
   */
  async exists(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "exists"], opts);

    const req = { name: "job.exists" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/api/json";
      req.params = { folder: folder.path() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._head(req, middleware.exists);
  }

  /**
   * Job details
   */
  async get(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "get"], opts);

    const req = { name: "job.get" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{folder}/api/json";
      req.params = { folder: folder.path() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._get(
      req,
      middleware.notFound(opts.name),
      middleware.body
    );
  }

  /**
   * List jobs
   */
  async list(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "job", "list"], opts);

    const req = {
      name: "job.list",
      path: "/api/json",
    };

    utils.options(req, opts);

    if (opts.name) {
      try {
        const folder = utils.folderPath(opts.name);

        if (folder.isEmpty()) throw new Error("name required");

        req.path = "{folder}/api/json";
        req.params = { folder: folder.path() };
      } catch (err) {
        throw this.jenkins._err(err, req);
      }
    }

    return await this.jenkins._get(
      req,
      (ctx, next) => {
        if (ctx.err) return next();

        if (!ctx.res.body || !Array.isArray(ctx.res.body.jobs)) {
          ctx.err = new Error("returned bad data");
        }

        next();
      },
      middleware.bodyItem("jobs")
    );
  }
}

exports._ = Job;


/***/ }),

/***/ 6256:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Label {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Label details
   */
  async get(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "label", "get"], opts);

    const req = { name: "label.get" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/label/{name}/api/json";
      req.params = {
        name: opts.name,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._get(req, middleware.body);
  }
}

exports.J = Label;


/***/ }),

/***/ 523:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const events = __webpack_require__(24434);

const utils = __webpack_require__(66803);

class LogStream extends events.EventEmitter {
  constructor(jenkins, opts) {
    super();

    this._jenkins = jenkins;

    opts = utils.clone(opts || {});

    this._delay = opts.delay || 1000;
    delete opts.delay;

    this._opts = opts;
    this._opts.meta = true;

    process.nextTick(() => {
      this._run();
    });
  }

  /**
   * End watch
   */
  end() {
    clearTimeout(this._timeoutId);

    if (this._end) return;
    this._end = true;

    this.emit("end");
  }

  /**
   * Error helper
   */
  _err(err) {
    if (this._end) return;

    this.emit("error", err);

    this.end();
  }

  /**
   * Run
   */
  async _run() {
    if (this._end) return;

    try {
      const data = await this._jenkins.build.log(this._opts);
      if (this._end) return;

      if (typeof data.text === "string") this.emit("data", data.text);

      if (!data.more) return this.end();
      if (data.size) this._opts.start = data.size;

      this._timeoutId = setTimeout(() => {
        this._run();
      }, this._delay);
    } catch (err) {
      if (this._end) return;
      return this._err(err);
    }
  }
}

exports.B = LogStream;


/***/ }),

/***/ 50032:
/***/ ((__unused_webpack_module, exports) => {

/**
 * Body
 */
function body(ctx, next) {
  if (ctx.err) return next(ctx.err);

  next(false, ctx.res.body);
}

/**
 * Body item
 */
function bodyItem(key) {
  return (ctx, next) => {
    if (ctx.err) return next(ctx.err);

    next(false, ctx.res.body[key]);
  };
}

/**
 * Empty
 */
function empty(ctx, next) {
  if (ctx.err) return next(ctx.err);

  next(false);
}

/**
 * Exists
 */
function exists(ctx, next) {
  if (ctx.res && ctx.res.statusCode === 404) {
    return next(false, false);
  }

  if (ctx.err) return next(ctx.err);

  next(false, true);
}

/**
 * Ignore errors for provided status codes
 */
function ignoreErrorForStatusCodes() {
  const statusCodes = Array.prototype.slice.call(arguments);

  return (ctx, next) => {
    if (ctx.err && ctx.res && statusCodes.indexOf(ctx.res.statusCode) !== -1) {
      delete ctx.err;
    }

    next();
  };
}

/**
 * Require 302 or error
 */
function require302(message) {
  return (ctx, next) => {
    if (ctx.res && ctx.res.statusCode === 302) {
      return next(false);
    } else if (ctx.res) {
      if (ctx.err) {
        if (!ctx.res.headers["x-error"]) ctx.err.message = message;
      } else {
        ctx.err = new Error(message);
      }

      return next(ctx.err);
    }

    next();
  };
}

/**
 * Not found
 */
function notFound(value) {
  return (ctx, next) => {
    if (ctx.res && ctx.res.statusCode === 404) {
      const err = new Error(value + " not found");
      err.notFound = true;

      return next(err);
    }

    next();
  };
}

/**
 * Queue location
 */
function queueLocation(ctx, next) {
  if (ctx.err) return next(ctx.err);

  try {
    // Get queue number from location header
    const parts = ctx.res.headers.location.split("/");

    return next(false, parseInt(parts[parts.length - 2], 10));
  } catch (err) {
    // ignore errors
  }

  next();
}

exports.body = body;
exports.bodyItem = bodyItem;
exports.empty = empty;
exports.exists = exists;
exports.ignoreErrorForStatusCodes = ignoreErrorForStatusCodes;
exports.notFound = notFound;
exports.queueLocation = queueLocation;
exports.require302 = require302;


/***/ }),

/***/ 47720:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Node {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Get or update config
   */
  async config(name, xml, opts) {
    opts = utils.parse([...arguments], "name", "xml");

    this.jenkins._log(["debug", "node", "config"], opts);

    const req = { name: "node.config" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/config.xml";
      req.params = {
        name: opts.name === "master" ? "(master)" : opts.name,
      };

      if (opts.xml) {
        if (opts.name === "master") {
          throw new Error("master not supported");
        }

        req.method = "POST";
        req.headers = { "content-type": "text/xml; charset=utf-8" };
        req.body = Buffer.from(opts.xml);
      } else {
        req.method = "GET";
      }
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._request(
      req,
      middleware.notFound("node " + opts.name),
      (ctx, next) => {
        if (ctx.err || opts.xml) return middleware.empty(ctx, next);

        next(false, ctx.res.body.toString("utf8"));
      }
    );
  }

  /**
   * Create node
   */
  async create(name, opts) {
    opts = utils.parse([...arguments], "name");

    opts.type = opts.type || "hudson.slaves.DumbSlave$DescriptorImpl";
    opts.retentionStrategy = opts.retentionStrategy || {
      "stapler-class": "hudson.slaves.RetentionStrategy$Always",
    };
    opts.nodeProperties = opts.nodeProperties || {
      "stapler-class-bag": "true",
    };
    opts.launcher = opts.launcher || {
      "stapler-class": "hudson.slaves.JNLPLauncher",
    };
    opts.numExecutors = opts.hasOwnProperty("numExecutors")
      ? opts.numExecutors
      : 2;
    opts.remoteFS = opts.remoteFS || "/var/lib/jenkins";
    opts.mode = opts.mode || (opts.exclusive ? "EXCLUSIVE" : "NORMAL");

    this.jenkins._log(["debug", "node", "create"], opts);

    const req = { name: "node.create" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/doCreateItem";
      req.query.name = opts.name;
      req.query.type = opts.type;
      req.query.json = JSON.stringify({
        name: opts.name,
        nodeDescription: opts.nodeDescription,
        numExecutors: opts.numExecutors,
        remoteFS: opts.remoteFS,
        labelString: opts.labelString,
        mode: opts.mode,
        type: opts.type,
        retentionStrategy: opts.retentionStrategy,
        nodeProperties: opts.nodeProperties,
        launcher: opts.launcher,
      });
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.require302("failed to create: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Destroy node
   */
  async destroy(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "node", "destroy"], opts);

    const req = { name: "node.destroy" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/doDelete";
      req.params = { name: opts.name };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to delete: " + opts.name),
      middleware.empty
    );
  }

  async delete(...args) {
    return await this.destroy(...args);
  }

  /**
   * Disconnect node call
   */
  async doDisconnect(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "node", "doDisconnect"], opts);

    const req = { name: "node.doDisconnect" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/doDisconnect";
      req.params = { name: opts.name };
      req.query.offlineMessage = opts.message || "";
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to disconnect: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Toggle offline
   */
  async toggleOffline(name, message, opts) {
    opts = utils.parse([...arguments], "name", "message");

    this.jenkins._log(["debug", "node", "toggleOffline"], opts);

    const req = { name: "node.toggleOffline" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/toggleOffline";
      req.params = { name: opts.name };
      req.query.offlineMessage = opts.message || "";
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to toggle offline: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Change offline message
   */
  async changeOfflineCause(name, message, opts) {
    opts = utils.parse([...arguments], "name", "message");

    opts.message = opts.message || "";

    this.jenkins._log(["debug", "node", "changeOfflineCause"], opts);

    const req = { name: "node.changeOfflineCause" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/changeOfflineCause";
      req.params = { name: opts.name };
      req.type = "form";
      req.body = {
        offlineMessage: opts.message,
        json: JSON.stringify({
          offlineMessage: opts.message,
        }),
        Submit: "Update reason",
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to update offline message: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Disconnect node
   */
  async disconnect(name, message, opts) {
    opts = utils.parse([...arguments], "name", "message");

    this.jenkins._log(["debug", "node", "disconnect"], opts);

    if (!opts.name) {
      throw this.jenkins._err("name required", { name: "node.disconnect" });
    }

    const node = await this.get(opts.name);

    if (node && node.offline) {
      await this.toggleOffline({ name: opts.name, message: opts.message });
      return;
    }

    await this.doDisconnect({ name: opts.name, message: opts.message });
  }

  /**
   * Disable node
   */
  async disable(name, message, opts) {
    opts = utils.parse([...arguments], "name", "message");

    this.jenkins._log(["debug", "node", "disable"], opts);

    if (!opts.name) {
      throw this.jenkins._err("name required", { name: "node.disable" });
    }

    const node = await this.get(opts.name);

    if (node && node.temporarilyOffline) {
      if (node.offlineCauseReason !== opts.message) {
        await this.changeOfflineCause({
          name: opts.name,
          message: opts.message,
        });
      }

      return;
    }

    await this.toggleOffline({ name: opts.name, message: opts.message });
  }

  /**
   * Enable node
   */
  async enable(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "node", "enable"], opts);

    if (!opts.name) {
      throw this.jenkins._err("name required", { name: "node.enable" });
    }

    const node = await this.get(opts.name);
    if (node.temporarilyOffline) {
      await this.toggleOffline({ name: opts.name, message: "" });
    }
  }

  /**
   * Node exists
   */
  async exists(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "build", "exists"], opts);

    const req = { name: "node.exists" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/api/json";
      req.params = {
        name: opts.name === "master" ? "(master)" : opts.name,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._head(req, middleware.exists);
  }

  /**
   * Node details
   */
  async get(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "node", "get"], opts);

    const req = { name: "node.get" };

    utils.options(req, opts);

    try {
      if (!opts.name) throw new Error("name required");

      req.path = "/computer/{name}/api/json";
      req.params = {
        name: opts.name === "master" ? "(master)" : opts.name,
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._get(
      req,
      middleware.notFound(opts.name),
      middleware.body
    );
  }

  /**
   * List nodes
   */
  async list(opts) {
    opts = utils.parse([...arguments]);

    this.jenkins._log(["debug", "node", "list"], opts);

    const req = {
      name: "node.list",
      path: "/computer/api/json",
    };

    utils.options(req, opts);

    if (opts.full === true) {
      return await this.jenkins._get(req, middleware.body);
    } else {
      return await this.jenkins._get(req, middleware.bodyItem("computer"));
    }
  }
}

exports.b = Node;


/***/ }),

/***/ 6935:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Plugin {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * List plugins
   */
  async list(opts) {
    opts = utils.parse([...arguments]);

    // depth of 0 is useless for plugins
    if (typeof opts.depth === "undefined") opts.depth = 1;

    this.jenkins._log(["debug", "plugin", "list"], opts);

    const req = {
      name: "plugin.list",
      path: "/pluginManager/api/json",
    };

    utils.options(req, opts);

    return await this.jenkins._get(req, middleware.bodyItem("plugins"));
  }
}

exports.k = Plugin;


/***/ }),

/***/ 25389:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class Queue {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * List queues
   */
  async list(opts) {
    opts = utils.parse([...arguments]);

    this.jenkins._log(["debug", "queue", "list"], opts);

    const req = {
      name: "queue.list",
      path: "/queue/api/json",
    };

    utils.options(req, opts);

    return this.jenkins._get(req, middleware.bodyItem("items"));
  }

  /**
   * Get an individual queue item
   */
  async item(number, opts) {
    opts = utils.parse([...arguments], "number");

    this.jenkins._log(["debug", "queue", "item"], opts);

    const req = {
      name: "queue.item",
      path: "/queue/item/{number}/api/json",
      params: {
        number: opts.number,
      },
    };

    utils.options(req, opts);

    if (!opts.number) {
      throw this.jenkins._err(new Error("number required"), req);
    }

    return await this.jenkins._get(req, middleware.body);
  }

  /**
   * Cancel queue item
   */
  async cancel(number, opts) {
    opts = utils.parse([...arguments], "number");

    this.jenkins._log(["debug", "queue", "cancel"], opts);

    const req = { name: "queue.cancel" };

    utils.options(req, opts);

    try {
      if (!opts.number) throw new Error("number required");

      req.path = "/queue/item/{number}/cancelQueue";
      req.params = { number: opts.number };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.require302("failed to cancel: " + opts.number),
      middleware.empty
    );
  }
}

exports.o = Queue;


/***/ }),

/***/ 66803:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const urlParse = (__webpack_require__(87016).parse);

/**
 * Common options
 */
function options(req, opts) {
  if (!req.query) req.query = {};

  if (typeof opts.depth === "number") {
    req.query.depth = opts.depth;
  }

  if (typeof opts.tree === "string") {
    req.query.tree = opts.tree;
  }

  return opts;
}

/**
 * Raw path param
 */
class RawParam {
  constructor(value) {
    this.encode = false;
    this.value = value || "";
  }

  toString() {
    return this.value;
  }
}

/**
 * Parse job name from URL
 */
function parseName(value) {
  const jobParts = [];

  const pathParts = (urlParse(value).pathname || "").split("/").filter(Boolean);
  let state = 0;
  let part;

  // iterate until we find our first job, then collect the continuous job parts
  //   ['foo', 'job', 'a', 'job', 'b', 'bar', 'job', 'c'] => ['a', 'b']
  loop: for (let i = 0; i < pathParts.length; i++) {
    part = pathParts[i];

    switch (state) {
      case 0:
        if (part === "job") state = 2;
        break;
      case 1:
        if (part !== "job") break loop;
        state = 2;
        break;
      case 2:
        jobParts.push(part);
        state = 1;
        break;
    }
  }

  return jobParts.map(decodeURIComponent);
}

/**
 * Path for folder plugin
 */
class FolderPath {
  SEP = "/job/";

  constructor(value) {
    if (Array.isArray(value)) {
      this.value = value;
    } else if (typeof value === "string") {
      if (value.match("^https?://")) {
        this.value = parseName(value);
      } else {
        this.value = value.split("/").filter(Boolean);
      }
    } else {
      this.value = [];
    }
  }

  isEmpty() {
    return !this.value.length;
  }

  name() {
    return this.value[this.value.length - 1] || "";
  }

  path(sep) {
    if (this.isEmpty()) return new RawParam();
    if (!sep) sep = this.SEP;

    return new RawParam(sep + this.value.map(encodeURIComponent).join(sep));
  }

  parent() {
    return new FolderPath(
      this.value.slice(0, Math.max(0, this.value.length - 1))
    );
  }

  dir() {
    return this.parent().path();
  }
}

/**
 * Default crumb issuser
 */
async function crumbIssuer(jenkins) {
  const data = await jenkins.crumbIssuer.get();

  if (!data || !data.crumbRequestField || !data.crumb) {
    throw new Error("Failed to get crumb");
  }

  return {
    headerName: data.crumbRequestField,
    headerValue: data.crumb,
    cookies: data.cookies,
  };
}

/**
 * Check if object is file like
 */
function isFileLike(v) {
  return (
    Buffer.isBuffer(v) ||
    (v !== null &&
      typeof v === "object" &&
      typeof v.pipe === "function" &&
      v.readable !== false)
  );
}

/**
 * Parse arguments
 */
function parse(args, ...names) {
  let last = args.length - 1;

  let opts;
  if (typeof args[last] === "object") {
    if (args[last] === null) {
      opts = {};
    } else {
      opts = clone(args[last]);
    }
    last--;
  } else {
    opts = {};
  }

  for (let i = 0; i <= last; i++) {
    const name = names[i];
    const arg = args[i];

    if (name && arg !== null && arg !== undefined) {
      opts[name] = arg;
    }
  }

  return opts;
}

/**
 * Shallow clone
 */
function clone(src) {
  return Object.assign({}, src);
}

exports.options = options;
exports.folderPath = (value) => new FolderPath(value);
exports.crumbIssuer = crumbIssuer;
exports.isFileLike = isFileLike;
exports.clone = clone;
exports.parse = parse;


/***/ }),

/***/ 70969:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const middleware = __webpack_require__(50032);
const utils = __webpack_require__(66803);

class View {
  constructor(jenkins) {
    this.jenkins = jenkins;
  }

  /**
   * Create new view
   */
  async create(name, type, opts) {
    opts = utils.parse([...arguments], "name", "type");
    if (opts.name && !opts.type) opts.type = "list";

    this.jenkins._log(["debug", "view", "create"], opts);

    const req = { name: "view.create" };

    utils.options(req, opts);

    const shortcuts = {
      list: "hudson.model.ListView",
      my: "hudson.model.MyView",
    };

    try {
      const folder = utils.folderPath(opts.name);
      const mode = shortcuts[opts.type] || opts.type;

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.type) throw new Error("type required");

      req.path = "{dir}/createView";
      req.type = "form";
      req.params = { dir: folder.dir() };
      req.body = {
        name: folder.name(),
        mode: mode,
        json: JSON.stringify({
          name: folder.name(),
          mode: mode,
        }),
      };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.require302("failed to create: " + opts.name),
      middleware.empty
    );
  }

  /**
   * Config list view
   */
  async config(name, xml, opts) {
    opts = utils.parse([...arguments], "name", "xml");

    this.jenkins._log(["debug", "view", "config"], opts);

    const req = {
      path: "{dir}/view/{name}/config.xml",
      name: "view.config",
    };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.params = { dir: folder.dir(), name: folder.name() };

      if (opts.xml) {
        req.method = "POST";
        req.headers = { "content-type": "text/xml; charset=utf-8" };
        req.body = Buffer.from(opts.xml);
      } else {
        req.method = "GET";
      }
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._request(
      req,
      middleware.notFound("view " + opts.name),
      (ctx, next) => {
        if (ctx.err || opts.xml) return middleware.empty(ctx, next);

        next(false, ctx.res.body.toString("utf8"));
      }
    );
  }

  /**
   * Destroy view
   */
  async destroy(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "view", "destroy"], opts);

    const req = { name: "view.destroy" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{dir}/view/{name}/doDelete";
      req.params = { dir: folder.dir(), name: folder.name() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(
      req,
      middleware.notFound(opts.name),
      middleware.require302("failed to delete: " + opts.name),
      middleware.empty
    );
  }

  async delete(...args) {
    return await this.destroy(...args);
  }

  /**
   * View exists
   */
  async exists(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "view", "exists"], opts);

    const req = { name: "view.exists" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{dir}/view/{name}/api/json";
      req.params = { dir: folder.dir(), name: folder.name() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._head(req, middleware.exists);
  }

  /**
   * View details
   */
  async get(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "view", "get"], opts);

    const req = { name: "view.get" };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");

      req.path = "{dir}/view/{name}/api/json";
      req.params = { dir: folder.dir(), name: folder.name() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._get(
      req,
      middleware.notFound(opts.name),
      middleware.body
    );
  }

  /**
   * List views
   */
  async list(name, opts) {
    opts = utils.parse([...arguments], "name");

    this.jenkins._log(["debug", "view", "list"], opts);

    const req = {
      name: "view.list",
      path: "{folder}/api/json",
    };

    try {
      const folder = utils.folderPath(opts.name);

      req.params = { folder: folder.path() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    utils.options(req, opts);

    return await this.jenkins._get(
      req,
      (ctx, next) => {
        if (ctx.err) return next();

        if (!ctx.res.body || !Array.isArray(ctx.res.body.views)) {
          ctx.err = new Error("returned bad data");
        }

        next();
      },
      middleware.bodyItem("views")
    );
  }

  /**
   * Add job
   */
  async add(name, job, opts) {
    opts = utils.parse([...arguments], "name", "job");

    this.jenkins._log(["debug", "view", "add"], opts);

    const req = {
      path: "{dir}/view/{name}/addJobToView",
      query: { name: opts.job },
      type: "form",
      name: "view.add",
      body: {},
    };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.job) throw new Error("job required");

      req.params = { dir: folder.dir(), name: folder.name() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(req, middleware.empty);
  }

  /**
   * Remove job
   */
  async remove(name, job, opts) {
    opts = utils.parse([...arguments], "name", "job");

    this.jenkins._log(["debug", "view", "remove"], opts);

    const req = {
      path: "{dir}/view/{name}/removeJobFromView",
      query: { name: opts.job },
      type: "form",
      name: "view.remove",
      body: {},
    };

    utils.options(req, opts);

    try {
      const folder = utils.folderPath(opts.name);

      if (folder.isEmpty()) throw new Error("name required");
      if (!opts.job) throw new Error("job required");

      req.params = { dir: folder.dir(), name: folder.name() };
    } catch (err) {
      throw this.jenkins._err(err, req);
    }

    return await this.jenkins._post(req, middleware.empty);
  }
}

exports.S = View;


/***/ }),

/***/ 85429:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const events = __webpack_require__(24434);
const http = __webpack_require__(58611);
const https = __webpack_require__(65692);
const util = __webpack_require__(39023);

const constants = __webpack_require__(96561);
const errors = __webpack_require__(25853);
const meta = __webpack_require__(95533);
const utils = __webpack_require__(8421);

class Client extends events.EventEmitter {
  constructor(opts) {
    super();

    opts = opts || {};

    if (typeof opts === 'string' || opts instanceof URL) {
      opts = { baseUrl: opts };
    } else {
      opts = utils.merge(opts);
    }

    if (!opts.baseUrl) {
      throw new errors.ValidationError('baseUrl required');
    }

    if (!(opts.baseUrl instanceof URL)) {
      if (typeof opts.baseUrl !== 'string') {
        throw new errors.ValidationError('baseUrl must be a string: ' +
          opts.baseUrl);
      }

      opts.baseUrl = new URL(opts.baseUrl);
    }

    const baseUrl = {};
    baseUrl.protocol = opts.baseUrl.protocol;
    baseUrl.hostname = opts.baseUrl.hostname;
    if (opts.baseUrl.username) {
      baseUrl.auth = decodeURIComponent(opts.baseUrl.username);
    }
    if (opts.baseUrl.password) {
      baseUrl.auth = (baseUrl.auth || '') + ':' +
        decodeURIComponent(opts.baseUrl.password);
    }
    if (opts.baseUrl.port) baseUrl.port = opts.baseUrl.port;
    if (!opts.baseUrl.pathname || opts.baseUrl.pathname === '/') {
      baseUrl.path = '';
    } else if (
        opts.baseUrl.pathname[opts.baseUrl.pathname.length - 1] === '/') {
      throw new errors.ValidationError(
          'baseUrl must not end with a forward slash');
    } else {
      baseUrl.path = opts.baseUrl.pathname;
    }
    opts.baseUrl = baseUrl;

    opts.headers = utils.mergeHeaders(opts.headers);
    if (opts.tags) {
      if (Array.isArray(opts.tags)) {
        opts.tags = opts.tags.slice(0);
      } else {
        throw new errors.ValidationError('tags must be an array');
      }
    } else {
      opts.tags = [];
    }

    if (opts.name && !~opts.tags.indexOf(opts.name)) {
      opts.tags.push(opts.name);
    }

    opts.encoders = utils.merge(constants.ENCODERS, opts.encoders);
    opts.decoders = utils.merge(constants.DECODERS, opts.decoders);

    this._opts = opts;
    this._exts = {};
  }

  /**
   * Add information to error
   */
  _err(err, opts) {
    if (!err) return err;

    if (!(err instanceof Error)) err = new Error(err);

    if (opts && opts.name) {
      err.message = util.format('%s: %s', opts.name, err.message);
    }

    if (this._opts.name) {
      err.message = util.format('%s: %s', this._opts.name, err.message);
    }

    return err;
  }

  /**
   * Register an extension
   */
  _ext(eventName, callback) {
    if (!eventName || typeof eventName !== 'string') {
      throw this._err(new errors.ValidationError(
        'extension eventName required'));
    }

    if (typeof callback !== 'function') {
      throw this._err(new errors.ValidationError(
        'extension callback required'));
    }

    if (!this._exts[eventName]) this._exts[eventName] = [];

    this._exts[eventName].push(callback);
  }

  /**
   * Register a plugin
   */
  _plugin(plugin, options) {
    if (!plugin) {
      throw this._err(new errors.ValidationError('plugin required'));
    }

    if (typeof plugin.register !== 'function') {
      throw this._err(new errors.ValidationError(
        'plugin must have register function'));
    }

    const attributes = plugin.register.attributes;

    if (!attributes) {
      throw this._err(new errors.ValidationError('plugin attributes required'));
    }

    if (!attributes.name) {
      throw this._err(new errors.ValidationError(
        'plugin attributes name required'));
    }

    if (!attributes.version) {
      throw this._err(new errors.ValidationError(
        'plugin attributes version required'));
    }

    return plugin.register(this, options || {});
  }

  /**
   * Log request events
   */
  _log(tags, data) {
    return this.emit('log', tags, data);
  }

  /**
   * Encode
   */
  _encode(mime, value) {
    if (!this._opts.encoders[mime]) {
      throw new errors.CodecError('unknown encoder: ' + mime);
    }

    try {
      return this._opts.encoders[mime](value);
    } catch (err) {
      err.message = 'encode (' + mime + ') failed: ' + err.message;
      throw new errors.CodecError(err);
    }
  }

  /**
   * Decode
   */
  _decode(mime, value) {
    if (!this._opts.decoders[mime]) {
      throw new errors.CodecError('unknown decoder: ' + mime);
    }

    try {
      return this._opts.decoders[mime](value);
    } catch (err) {
      err.message = 'decode (' + mime + ') failed: ' + err.message;
      throw new errors.CodecError(err);
    }
  }

  /**
   * Push ext list
   */
  __push(request, name) {
    if (this._exts[name]) {
      request._stack.push.apply(request._stack, this._exts[name]);
    }

    if (request.opts && request.opts.exts && request.opts.exts[name]) {
      if (Array.isArray(request.opts.exts[name])) {
        request._stack.push.apply(request._stack, request.opts.exts[name]);
      } else {
        request._stack.push(request.opts.exts[name]);
      }
    }
  }

  /**
   * Run client request
   */
  _request(opts) {
    if (!opts) opts = {};

    const request = {
      opts: opts,
      state: {},
    };

    // if ctx is an event emitter we use it to abort requests when done is
    // emitted
    if (opts.ctx instanceof events.EventEmitter) {
      request.ctx = opts.ctx;
    }

    // combine global and request tags
    opts.tags = (opts.tags || []).concat(this._opts.tags);

    // inject request name into tags if not already defined
    if (opts.name && !~opts.tags.indexOf(opts.name)) {
      opts.tags.push(opts.name);
    }

    if (!opts.headers) opts.headers = {};
    if (!opts.params) opts.params = {};
    if (!opts.query) opts.query = {};

    // restart request
    request.retry = () => {
      if (request._retryable === false) {
        throw new errors.ValidationError('request is not retryable');
      }

      this._log(['papi', 'request', 'retry'].concat(request.opts.tags));

      delete request.body;
      delete request.err;
      delete request.req;
      delete request.res;
      delete request.transport;

      this.__pipeline(request);
    };

    request._stack = [];

    this.__push(request, 'onCreate');

    request._stack.push(this.__create);

    this.__push(request, 'onRequest');

    request._stack.push(this.__execute);

    this.__push(request, 'onResponse');

    request._stack.push.apply(request._stack,
      Array.prototype.slice.call(arguments, 1));

    return new Promise((resolve, reject) => {
      request._resolve = resolve;
      request._reject = reject;

      this.__pipeline(request);
    });
  }

  /**
   * Run request pipeline
   */
  __pipeline(request) {
    const self = this;

    let i = 0;
    function next(err, value, maybeValue) {
      if (err) return request._reject(self._err(err, request.opts));

      // middleware can call next(false, value) to stop middleware
      if (err === false) {
        // basic backwards compatibility for old interface
        if (value instanceof Error) {
          return request._reject(value);
        } else if (!value && maybeValue) {
          value = maybeValue;
        }

        return request._resolve(value);
      }

      const fn = request._stack[i++];
      if (fn) {
        fn.call(self, request, next);
      } else if (request.err) {
        request._reject(self._err(request.err, request.opts));
      } else {
        request._resolve(request.res);
      }
    }

    next();
  }

  /**
   * Create HTTP request
   */
  __create(request, next) {
    const opts = request.opts;
    let path = opts.path;

    if (typeof path !== 'string') {
      return next(new errors.ValidationError('path required'));
    }

    const headers = utils.mergeHeaders(this._opts.headers, opts.headers);

    // path
    try {
      path = path.replace(/\{(\w+)\}/g, (src, dst) => {
        if (!opts.params.hasOwnProperty(dst)) {
          throw new errors.ValidationError('missing param: ' + dst);
        }

        let part = opts.params[dst] || '';

        // optionally disable param encoding
        return part.encode === false && part.toString ?
          part.toString() : encodeURIComponent(part);
      });
    } catch (err) {
      return next(err);
    }

    // query
    if (!utils.isEmpty(opts.query)) {
      try {
        path += '?' + this._encode('application/x-www-form-urlencoded',
                                   opts.query).toString();
      } catch (err) {
        return next(err);
      }
    }

    // body
    if (opts.body !== undefined) {
      let mime = constants.MIME_ALIAS[opts.type] ||
        headers['content-type'] ||
        constants.MIME_ALIAS[this._opts.type];

      let isFunction = typeof opts.body === 'function';

      if (isFunction) {
        try {
          request.body = opts.body();
        } catch (err) {
          return next(err);
        }
      } else {
        request.body = opts.body;
      }

      const isBuffer = Buffer.isBuffer(request.body);
      const isStream = utils.isReadableStream(request.body);

      if (!isBuffer && !isStream && !mime) {
        return next(new errors.ValidationError('type required'));
      }

      if (!isBuffer && !isStream) {
        if (this._opts.encoders[mime]) {
          try {
            request.body = this._encode(mime, request.body);
          } catch (err) {
            return next(err);
          }
        } else {
          return next(new errors.CodecError('type is unknown: ' + mime));
        }
      }

      if (!headers['content-type'] && mime) {
        headers['content-type'] = mime + '; charset=' + constants.CHARSET;
      }

      if (isStream) {
        if (!isFunction) request._retryable = false;
      } else {
        headers['content-length'] = request.body.length;
      }
    } else if (!~constants.EXCLUDE_CONTENT_LENGTH.indexOf(
               (opts.method || '').toUpperCase())) {
      headers['content-length'] = 0;
    }

    // response pipe
    if (opts.pipe) {
      const isPipeFunction = typeof opts.pipe === 'function';

      if (isPipeFunction) {
        try {
          request.pipe = opts.pipe();
        } catch (err) {
          return next(err);
        }
      } else {
        request.pipe = opts.pipe;

        request._retryable = false;
      }

      if (!utils.isWritableStream(request.pipe)) {
        return next(new errors.ValidationError(
          'pipe must be a writable stream'));
      }
    }

    // build http.request options
    request.req = utils.merge(
      utils.pick(this._opts, constants.CLIENT_OPTIONS),
      this._opts.socketPath ?
          utils.pick(this._opts.baseUrl, 'auth', 'path') :
          utils.pick(this._opts.baseUrl, 'auth', 'hostname', 'port', 'path'),
      utils.pick(opts, constants.REQUEST_OPTIONS),
      { headers: headers }
    );

    // append request path to baseUrl
    request.req.path += path;

    // pick http transport
    if (this._opts.baseUrl.protocol === 'https:') {
      request.transport = https;
      if (!request.req.port && !this._opts.socketPath) {
        request.req.port = 443;
      }
    } else {
      request.transport = http;
      if (!request.req.port && !this._opts.socketPath) {
        request.req.port = 80;
      }
    }

    next();
  }

  /**
   * Execute HTTP request
   */
  __execute(request, next) {
    if (request.ctx) {
      if (request.ctx.canceled === true) {
        return next(new errors.ValidationError('ctx already canceled'));
      } else if (request.ctx.finished === true) {
        return next(new errors.ValidationError('ctx already finished'));
      }
    }

    let done = false;

    const opts = request.opts;

    let abort;
    let timeoutId;
    let timeout = opts.hasOwnProperty('timeout') ?
      opts.timeout : this._opts.timeout;

    this._log(['papi', 'request'].concat(opts.tags), request.req);

    const req = request.transport.request(request.req);

    const userAgent = req.getHeader('user-agent');

    if (userAgent === undefined) {
      req.setHeader('user-agent', 'papi/' + meta.version);
    } else if (userAgent === null) {
      req.removeHeader('user-agent');
    }

    req.on('error', err => {
      this._log(['papi', 'request', 'error'].concat(opts.tags), err);

      if (done) return;
      done = true;

      if (abort) request.ctx.removeListener('cancel', abort);
      if (timeoutId) clearTimeout(timeoutId);

      request.err = err;
      next();
    });

    if (request.ctx) {
      abort = () => {
        req.abort();
        req.emit('error', new errors.AbortError('request aborted'));
      };

      request.ctx.once('cancel', abort);
    }

    // set request and absolute timeout
    if (timeout && timeout > 0) {
      timeoutId = setTimeout(() => {
        req.emit('timeout');
        req.abort();
      }, timeout);

      req.setTimeout(timeout);
    }

    req.on('timeout', err => {
      this._log(['papi', 'request', 'error', 'timeout'].concat(opts.tags));
      if (err) {
        err = new errors.TimeoutError(err);
      } else {
        err = new errors.TimeoutError('request timed out (' + timeout + 'ms)');
      }
      req.emit('error', err);
    });

    req.on('response', (res) => {
      let chunks = [];
      let bodyLength = 0;

      this._log(['papi', 'response'].concat(opts.tags), {
        method: opts.method,
        path: req.path,
        statusCode: res.statusCode,
        headers: res.headers,
        remoteAddress: res.socket && res.socket.remoteAddress,
        remotePort: res.socket && res.socket.remotePort,
      });

      request.res = res;

      if (request.pipe) {
        res.pipe(request.pipe);
      } else {
        res.on('data', (chunk) => {
          chunks.push(chunk);
          bodyLength += chunk.length;
        });
      }

      res.on('end', () => {
        if (done) return;
        done = true;

        if (abort) request.ctx.removeListener('cancel', abort);
        if (timeoutId) clearTimeout(timeoutId);

        // body content mime
        let mime;

        // decode body
        if (bodyLength) {
          res.body = Buffer.concat(chunks, bodyLength);

          // don't decode if user explicitly asks for buffer
          if (!opts.buffer) {
            mime = (res.headers['content-type'] || '').split(';')[0].trim();

            if (this._opts.decoders[mime]) {
              try {
                res.body = this._decode(mime, res.body);
              } catch (err) {
                request.err = err;
                return next();
              }
            }
          }
        }

        // any non-200 is consider an error
        if (Math.floor(res.statusCode / 100) !== 2) {
          let message;

          if (res.body && mime === 'text/plain' && res.body.length < 80) {
            message = res.body;
          }

          if (!message) {
            if (http.STATUS_CODES[res.statusCode]) {
              message = http.STATUS_CODES[res.statusCode].toLowerCase();
            } else {
              message = 'request failed: ' + res.statusCode;
            }
          }

          request.err = new errors.ResponseError(message, res);
        }

        next();
      });
    });

    if (utils.isReadableStream(request.body)) {
      request.body.pipe(req);
    } else {
      req.end(request.body);
    }
  }

  __shortcut(method, callerArgs) {
    let args;
    let opts = callerArgs[0];

    if (typeof opts === 'string') {
      args = Array.prototype.slice.call(callerArgs);
      args[0] = opts = { path: opts };
    } else if (!opts) {
      args = Array.prototype.slice.call(callerArgs);
      args[0] = opts = {};
    } else {
      args = callerArgs;
    }

    opts.method = method;

    return this._request.apply(this, args);
  }

  _options() {
    return this.__shortcut('OPTIONS', arguments);
  }

  _get() {
    return this.__shortcut('GET', arguments);
  }

  _head() {
    return this.__shortcut('HEAD', arguments);
  }

  _post() {
    return this.__shortcut('POST', arguments);
  }

  _put() {
    return this.__shortcut('PUT', arguments);
  }

  _delete() {
    return this.__shortcut('DELETE', arguments);
  }

  _del() {
    return this.__shortcut('DELETE', arguments);
  }

  _patch() {
    return this.__shortcut('PATCH', arguments);
  }
}

exports.K = Client;


/***/ }),

/***/ 26401:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const querystring = __webpack_require__(83480);

/**
 * Text
 */

const text = {
  encode: data => Buffer.from(data, 'utf8'),
  decode: data => Buffer.isBuffer(data) ? data.toString() : data,
};

/**
 * JSON
 */

const json = {
  encode: data => text.encode(JSON.stringify(data)),
  decode: data => JSON.parse(text.decode(data)),
};

/**
 * Form
 */

const form = {
  encode: data => text.encode(querystring.stringify(data)),
  decode: data => querystring.parse(text.decode(data)),
};

exports.json = json;
exports.form = form;
exports.text = text;


/***/ }),

/***/ 96561:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const codecs = __webpack_require__(26401);

exports.CHARSET = 'utf-8';

exports.ENCODERS = Object.freeze({
  'application/json': codecs.json.encode,
  'application/x-www-form-urlencoded': codecs.form.encode,
  'text/plain': codecs.text.encode,
});

exports.DECODERS = Object.freeze({
  'application/json': codecs.json.decode,
  'application/x-www-form-urlencoded': codecs.form.decode,
  'text/html': codecs.text.decode,
  'text/json': codecs.json.decode,
  'text/plain': codecs.text.decode,
});

exports.MIME_ALIAS = Object.freeze({
  form: 'application/x-www-form-urlencoded',
  json: 'application/json',
  qs: 'application/x-www-form-urlencoded',
  querystring: 'application/x-www-form-urlencoded',
  text: 'text/plain',
});

exports.EXCLUDE_CONTENT_LENGTH = Object.freeze([
  'GET',
  'HEAD',
  'OPTIONS',
]);

exports.CLIENT_OPTIONS = Object.freeze([
  'agent',
  'createConnection',
  'family',
  'hints',
  'localAddress',
  'localPort',
  'lookup',
  'maxHeaderSize',
  'setHost',
  'socketPath',
  // tls
  'ca',
  'cert',
  'ciphers',
  'clientCertEngine',
  'crl',
  'dhparam',
  'ecdhCurve',
  'honorCipherOrder',
  'key',
  'passphrase',
  'pfx',
  'rejectUnauthorized',
  'secureOptions',
  'secureProtocol',
  'servername',
  'sessionIdContext',
]);

exports.REQUEST_OPTIONS = Object.freeze(exports.CLIENT_OPTIONS.concat([
  'method',
]));


/***/ }),

/***/ 25853:
/***/ ((__unused_webpack_module, exports) => {



class PapiError extends Error {
  constructor(message) {
    if (message instanceof Error) {
      super(message.message);
      this.cause = message;
    } else {
      super(message);
    }

    this.isPapi = true;
  }
}

class CodecError extends PapiError {
  constructor(message) {
    super(message);

    this.isCodec = true;
  }
}

class ResponseError extends PapiError {
  constructor(message, response) {
    super(message);

    this.isResponse = true;

    this.response = response;
  }

  get statusCode() {
    return this.response.statusCode;
  }
}

class AbortError extends PapiError {
  constructor(message) {
    super(message);

    this.isAbort = true;
  }
}

class TimeoutError extends PapiError {
  constructor(message) {
    super(message);

    this.isTimeout = true;
  }
}

class ValidationError extends PapiError {
  constructor(message) {
    super(message);

    this.isValidation = true;
  }
}

exports.PapiError = PapiError;
exports.CodecError = CodecError;
exports.ResponseError = ResponseError;
exports.AbortError = AbortError;
exports.TimeoutError = TimeoutError;
exports.ValidationError = ValidationError;


/***/ }),

/***/ 17676:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const Client = (__webpack_require__(85429)/* .Client */ .K);
const codecs = __webpack_require__(26401);
const errors = __webpack_require__(25853);
const shortcuts = __webpack_require__(2971);
const tools = __webpack_require__(13455);

exports.Client = Client;

exports.PapiError = errors.PapiError;
exports.CodecError = errors.CodecError;
exports.ResponseError = errors.ResponseError;
exports.AbortError = errors.AbortError;
exports.TimeoutError = errors.TimeoutError;
exports.ValidationError = errors.ValidationError;

exports.request = shortcuts.request;
exports.get = shortcuts.method('GET');
exports.head = shortcuts.method('HEAD');
exports.post = shortcuts.method('POST');
exports.put = shortcuts.method('PUT');
exports.del = exports["delete"] = shortcuts.method('DELETE');
exports.patch = shortcuts.method('PATCH');

exports.codecs = codecs;
exports.tools = tools;


/***/ }),

/***/ 2971:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const Client = (__webpack_require__(85429)/* .Client */ .K);
const errors = __webpack_require__(25853);

/**
 * Request.
 */

async function request(opts) {
  if (typeof opts === 'string' || opts instanceof URL) {
    arguments[0] = opts = { method: 'get', url: opts };
  } else {
    opts = opts || {};
  }

  if (!opts.url) {
    throw new errors.ValidationError('url required');
  }

  let baseUrl;
  if (typeof opts.url === 'string') {
    baseUrl = new URL(opts.url);
  } else if (opts.url instanceof URL) {
    baseUrl = opts.url;
  } else {
    throw new errors.ValidationError('url must be a string');
  }

  opts.path = baseUrl.pathname.replace('%7B', '{').replace('%7D', '}');
  baseUrl = new URL('/', baseUrl);

  const client = new Client({ baseUrl: baseUrl });

  delete opts.url;

  return await client._request.apply(client, arguments);
}

/**
 * Method.
 */

function method(name) {
  return async function(opts) {
    if (typeof opts === 'string' || opts instanceof URL) {
      arguments[0] = opts = { url: opts };
    } else {
      opts = opts || {};
    }

    opts.method = name;

    return await request.apply(null, arguments);
  };
}

exports.method = method;
exports.request = request;


/***/ }),

/***/ 13455:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {



const util = __webpack_require__(39023);

/**
 * Walk "standard" library
 */

function walk(obj, name, tree) {
  switch (arguments.length) {
    case 1:
      name = obj.name;
      tree = { name: name };
      break;
    case 2:
      tree = { name: name };
      break;
    case 3:
      break;
    default:
      throw new Error('invalid arguments');
  }

  Object.getOwnPropertyNames(obj.prototype).forEach(key => {
    if (key === 'constructor') return;

    const v = obj.prototype[key];

    if (!key.match(/^[a-z]+/)) return;
    if (!tree.methods) tree.methods = {};

    tree.methods[key] = {
      name: key,
      value: v,
    };

    const meta = obj.meta || {};

    tree.methods[key].type = meta[key] && meta[key].type || 'promise';
  });

  Object.keys(obj).forEach(key => {
    const v = obj[key];

    if (!key.match(/^[A-Z]+/)) return;
    if (!tree.objects) tree.objects = {};

    tree.objects[key] = {
      name: key,
      value: v,
    };

    walk(v, key, tree.objects[key]);
  });

  return tree;
}

/**
 * Converts promise methods to callbacks
 */

function callbackify(client) {
  if (!client) throw new Error('client required');

  const patch = (client, tree) => {
    Object.keys(tree.methods).forEach((key) => {
      const method = tree.methods[key];
      const fn = client[method.name];

      if (method.type === 'promise') {
        client[method.name] = util.callbackify(fn);
      }
    });

    if (tree.objects) {
      Object.keys(tree.objects).forEach((key) => {
        const clientKey = key[0].toLowerCase() + key.slice(1);
        patch(client[clientKey], tree.objects[key]);
      });
    }
  };

  patch(client, walk(client.constructor));
}

exports.callbackify = callbackify;
exports.walk = walk;


/***/ }),

/***/ 8421:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Check if object is empty
 */

function isEmpty(obj) {
  if (!obj) return true;

  for (let p in obj) {
    if (obj.hasOwnProperty(p)) return false;
  }

  return true;
}

/**
 * Check stream
 */

function isStream(s) {
  return s !== null &&
    typeof s === 'object' &&
    typeof s.pipe === 'function';
}

/**
 * Check readable stream
 */

function isReadableStream(s) {
  return isStream(s) && s.readable !== false;
}

/**
 * Check writiable stream
 */

function isWritableStream(s) {
  return isStream(s) && s.writable !== false;
}

/**
 * Merge in objects
 */

function merge() {
  const data = {};

  for (let i = 0; i < arguments.length; i++) {
    const arg = arguments[i];

    if (arg != null) {
      for (const key in arg) {
        if (Object.prototype.hasOwnProperty.call(arg, key)) {
          data[key] = arg[key];
        }
      }
    }
  }

  return data;
}

/**
 * Merge headers
 */

function mergeHeaders() {
  const data = {};

  for (let i = 0; i < arguments.length; i++) {
    const arg = arguments[i];

    if (arg != null) {
      for (const key in arg) {
        if (Object.prototype.hasOwnProperty.call(arg, key)) {
          data[key.toLowerCase()] = arg[key];
        }
      }
    }
  }

  return data;
}

/**
 * Create a shallow copy of obj composed of the specified properties.
 */

function pick(obj) {
  let args = arguments;
  let start = 1;

  if (args.length === 2 && Array.isArray(args[1])) {
    args = args[1];
    start = 0;
  }

  const data = {};

  for (let i = start; i < args.length; i++) {
    const key = args[i];

    if (obj.hasOwnProperty(key)) {
      data[key] = obj[key];
    }
  }

  return data;
}

exports.isEmpty = isEmpty;
exports.isReadableStream = isReadableStream;
exports.isWritableStream = isWritableStream;
exports.merge = merge;
exports.mergeHeaders = mergeHeaders;
exports.pick = pick;


/***/ }),

/***/ 95533:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"name":"papi","version":"1.1.2","description":"Build HTTP API clients","main":"./lib","files":["./lib"],"devDependencies":{"debug":"^4.1.1","jscs":"^3.0.7","jshint":"^2.9.5","lodash":"^4.17.10","mocha":"^8.3.0","nock":"^13.0.7","nyc":"^15.1.0","request":"^2.87.0","should":"^13.2.1","sinon":"^9.2.4"},"engines":{"node":">=10.0.0"},"scripts":{"cover":"nyc --reporter=lcov _mocha --recursive && open coverage/lcov-report/index.html","test":"jshint lib test && jscs lib test && nyc _mocha --recursive --check-leaks --globals Promise && nyc check-coverage --statements 100 --functions 100 --branches 100 --lines 100"},"repository":{"type":"git","url":"https://github.com/silas/node-papi.git"},"keywords":["api","client","http","rest"],"author":"Silas Sewell <silas@sewell.org>","license":"MIT","bugs":{"url":"https://github.com/silas/node-papi/issues"},"homepage":"https://github.com/silas/node-papi"}');

/***/ })

};
