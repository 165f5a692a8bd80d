/**
 * The fake GitHub's REST endpoints: artifacts of a repository and of a run, the artifact zip download with
 * its 302, issue comments, and the pull requests of a repository (filtered by `state` and `head`). Every request body and response is checked against GitHub's OpenAPI
 * description; problems go to {@link FakeGithub.problems}.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FakeArtifact, FakeComment, FakeGithub, FakePull } from './server.js';

/** Answers one REST request, checking request and response against the OpenAPI description. */
export function handleRest(
  fake: FakeGithub,
  method: string,
  url: URL,
  body: Buffer,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  const path = url.pathname;
  let parsed: unknown;
  if (body.length > 0) {
    try {
      parsed = JSON.parse(body.toString());
    } catch {
      parsed = body.toString();
    }
    fake.problems.push(...fake.openapi.checkRequest(method, path, parsed));
  }
  const send = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
    fake.problems.push(...fake.openapi.checkResponse(method, path, status, payload));
    res.writeHead(
      status,
      payload === undefined ? headers : { 'content-type': 'application/json', ...headers },
    );
    res.end(payload === undefined ? undefined : JSON.stringify(payload));
  };
  const base = `http://${req.headers.host}`;
  const repo = /^\/repos\/([^/]+)\/([^/]+)/.exec(path);
  const rest = repo ? path.slice(repo[0].length) : path;
  const full = repo ? `${repo[1]}/${repo[2]}` : '';
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
  const paginate = <T>(items: T[]): { slice: T[]; link: Record<string, string> } => {
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const next = new URL(url.toString().replace('http://fake', base));
    next.searchParams.set('page', String(page + 1));
    return {
      slice,
      link: page * perPage < items.length ? { link: `<${next.toString()}>; rel="next"` } : {},
    };
  };

  const artifactJson = (a: FakeArtifact): object => ({
    id: a.id,
    node_id: `MDg6QXJ0aWZhY3Q${a.id}`,
    name: a.name,
    size_in_bytes: a.size,
    url: `${base}/repos/${full}/actions/artifacts/${a.id}`,
    archive_download_url: `${base}/repos/${full}/actions/artifacts/${a.id}/zip`,
    expired: a.expired,
    created_at: a.createdAt.toISOString(),
    expires_at: new Date(a.createdAt.getTime() + 90 * 86_400_000).toISOString(),
    updated_at: a.createdAt.toISOString(),
    digest: a.digest ?? null,
    workflow_run: {
      id: a.runId,
      repository_id: 1,
      head_repository_id: a.headRepositoryId,
      head_branch: a.headBranch,
      head_sha: '0'.repeat(40),
    },
  });

  let match: RegExpExecArray | null;
  if (method === 'GET' && rest === '/actions/artifacts') {
    const name = url.searchParams.get('name');
    // Newest first, as GitHub lists them.
    const all = fake.artifacts.filter((a) => a.finalized && (!name || a.name === name)).reverse();
    const { slice, link } = paginate(all);
    return send(200, { total_count: all.length, artifacts: slice.map(artifactJson) }, link);
  }
  if (method === 'GET' && (match = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(rest))) {
    const name = url.searchParams.get('name');
    const all = fake.artifacts
      .filter((a) => a.finalized && a.runId === Number(match?.[1]) && (!name || a.name === name))
      .reverse();
    const { slice, link } = paginate(all);
    return send(200, { total_count: all.length, artifacts: slice.map(artifactJson) }, link);
  }
  if (method === 'GET' && (match = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(rest))) {
    const artifact = fake.artifacts.find((a) => a.id === Number(match?.[1]));
    if (!artifact || artifact.expired)
      return send(410, { message: 'Artifact has expired', documentation_url: 'https://docs.github.com' });
    return send(302, undefined, { location: `${base}/blob/${artifact.id}?sig=secret-signature` });
  }
  if (method === 'GET' && rest === '/pulls') {
    // `head` is `owner:branch` (https://docs.github.com/rest/pulls/pulls#list-pull-requests).
    const state = url.searchParams.get('state') ?? 'open';
    const head = url.searchParams.get('head');
    const all = fake.pulls.filter(
      (p) => (state === 'all' || p.state === state) && (!head || `${p.headOwner}:${p.headRef}` === head),
    );
    const { slice, link } = paginate(all);
    return send(
      200,
      slice.map((p) => pullJson(fake, p, full)),
      link,
    );
  }
  const forbidden = (): void =>
    send(403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
  if (fake.readOnlyToken && method !== 'GET' && /^\/issues\//.test(rest)) return forbidden();
  if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
    const issue = Number(match[1]);
    if (method === 'GET') {
      const { slice, link } = paginate(fake.comments.filter((c) => c.issue === issue));
      return send(
        200,
        slice.map((c) => commentJson(c, base, full)),
        link,
      );
    }
    if (method === 'POST') {
      const now = new Date();
      const comment: FakeComment = {
        id: fake.newId(),
        issue,
        body: (parsed as { body: string }).body,
        createdAt: now,
        updatedAt: now,
      };
      fake.comments.push(comment);
      return send(201, commentJson(comment, base, full), {
        location: `${base}/repos/${full}/issues/comments/${comment.id}`,
      });
    }
  }
  if ((match = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
    const comment = fake.comments.find((c) => c.id === Number(match?.[1]));
    if (!comment) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com' });
    if (method === 'GET') return send(200, commentJson(comment, base, full));
    if (method === 'PATCH') {
      comment.body = (parsed as { body: string }).body;
      comment.updatedAt = new Date();
      return send(200, commentJson(comment, base, full));
    }
    if (method === 'DELETE') {
      fake.comments.splice(fake.comments.indexOf(comment), 1);
      return send(204);
    }
  }
  fake.problems.push(`unhandled ${method} ${path}`);
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ message: 'Not Found' }));
}

function commentJson(c: FakeComment, base: string, full: string): object {
  // github-actions[bot], with the URLs GitHub really returns for it.
  const api = 'https://api.github.com/users/github-actions%5Bbot%5D';
  const user = {
    login: 'github-actions[bot]',
    id: 41898282,
    node_id: 'MDM6Qm90NDE4OTgyODI=',
    avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
    gravatar_id: '',
    url: api,
    html_url: 'https://github.com/apps/github-actions',
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: 'Bot',
    site_admin: false,
  };
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/repos/${full}/issues/comments/${c.id}`,
    html_url: `https://github.com/${full}/pull/${c.issue}#issuecomment-${c.id}`,
    body: c.body,
    user,
    created_at: c.createdAt.toISOString(),
    updated_at: c.updatedAt.toISOString(),
    issue_url: `${base}/repos/${full}/issues/${c.issue}`,
    author_association: 'NONE',
  };
}

/** A pull request as the list answers it: the description's own example, with this PR's facts. */
function pullJson(fake: FakeGithub, p: FakePull, full: string): object {
  const [example] = fake.openapi.example('pull-request-simple-items') as Record<string, unknown>[];
  const pr = example as {
    number: number;
    state: string;
    html_url: string;
    head: { label: string; ref: string; sha: string; repo: { full_name: string; owner: { login: string } } };
    base: { ref: string; repo: { full_name: string } };
    requested_teams: unknown[];
  };
  // The example's team predates the `type` its own schema now requires; this PR asks no team to review.
  pr.requested_teams = [];
  pr.number = p.number;
  pr.state = p.state;
  pr.html_url = `https://github.com/${full}/pull/${p.number}`;
  pr.head.label = `${p.headOwner}:${p.headRef}`;
  pr.head.ref = p.headRef;
  pr.head.sha = p.headSha;
  pr.head.repo.full_name = p.headRepository;
  pr.head.repo.owner.login = p.headOwner;
  pr.base.ref = p.baseRef;
  pr.base.repo.full_name = full;
  return pr;
}
