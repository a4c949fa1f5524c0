// A Docker Cloud client over openapi-fetch: the rules of docs/porting.md that a generator does not
// apply by itself (credentials, raw slashes in repository names, retries, Accept).
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "./api.js";

export type DockerCloud = Client<paths>;

/** The settings a port reads from the environment, as the Python client does. */
export interface Settings {
  restHost: string;
  /** The complete Authorization value: `DOCKERCLOUD_AUTH` verbatim, else Basic user:apikey. */
  authorization: string;
  user: string | undefined;
}

export function settingsFromEnvironment(env: NodeJS.ProcessEnv): Settings {
  const restHost = (env.DOCKERCLOUD_REST_HOST ?? "https://cloud.docker.com").replace(/\/+$/, "");
  const user = env.DOCKERCLOUD_USER;
  if (env.DOCKERCLOUD_AUTH) return { restHost, authorization: env.DOCKERCLOUD_AUTH, user };
  if (!user || !env.DOCKERCLOUD_APIKEY) {
    throw new Error("set DOCKERCLOUD_AUTH, or DOCKERCLOUD_USER and DOCKERCLOUD_APIKEY");
  }
  const basic = Buffer.from(`${user}:${env.DOCKERCLOUD_APIKEY}`).toString("base64");
  return { restHost, authorization: `Basic ${basic}`, user };
}

/** One path segment, percent-encoded; values that could not stay one segment are refused. */
function segment(value: string): string {
  if (value === "" || value === "." || value === ".." || /[\s?#%]/.test(value)) {
    throw new Error(`${JSON.stringify(value)} cannot be sent as a path segment`);
  }
  return encodeURIComponent(value);
}

/**
 * Fills path templates. A repository's name (`x-dockercloud-composite` in the spec) keeps raw
 * slashes between its parts, as the reference and the cassettes do; openapi-fetch's default
 * would send `%2F`.
 */
export function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  const composite = pathname.includes("/repository/{name}/") ? "name" : undefined;
  return pathname.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = String(params[key]);
    return key === composite ? value.split("/").map(segment).join("/") : segment(value);
  });
}

// x-dockercloud-retry: idempotent methods only, on these statuses; Retry-After wins.
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS", "DELETE"]);
const RETRY_STATUSES = new Set([408, 429, 502, 503, 504]);
const MAX_RETRIES = 2;
const MAX_RETRY_AFTER_SECONDS = 60;

function retryAfterSeconds(response: Response): number | undefined {
  const value = response.headers.get("Retry-After");
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

export const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/** `fetch` with the retry rule; `onRetry` sees each retried answer (the example counts them). */
export function retryingFetch(onRetry: (response: Response) => void = () => {}) {
  return async (request: Request): Promise<Response> => {
    for (let retry = 0; ; retry += 1) {
      const response = await fetch(request.clone());
      if (!IDEMPOTENT.has(request.method) || !RETRY_STATUSES.has(response.status) || retry >= MAX_RETRIES) {
        return response;
      }
      const computed = Math.min(8, 0.5 * 2 ** retry) * (1 - 0.25 * Math.random());
      const wait = retryAfterSeconds(response) ?? computed;
      if (wait > MAX_RETRY_AFTER_SECONDS) return response;
      onRetry(response);
      await response.body?.cancel();
      await sleep(wait);
    }
  };
}

export function dockerCloud(settings: Settings, onRetry?: (response: Response) => void): DockerCloud {
  return createClient<paths>({
    baseUrl: settings.restHost,
    headers: { Authorization: settings.authorization, Accept: "application/json" },
    pathSerializer,
    fetch: retryingFetch(onRetry),
  });
}
