// Waiting for the action a 202 started: the link `action` of the response and the polling rule
// of ActionState (x-dockercloud-terminal-states, x-dockercloud-polling).
import type { components } from "./api.js";
import { type DockerCloud, sleep } from "./client.js";

type Action = components["schemas"]["Action"];
const TERMINAL = new Set(["Success", "Failed", "Canceled"]);
const POLLING = { initialDelay: 0.5, factor: 1.5, maxDelay: 5, timeout: 600 };

/** The action's UUID: the last segment of its resource URI (X-DockerCloud-Action-URI). */
export function actionUuid(response: Response): string {
  const uri = response.headers.get("X-DockerCloud-Action-URI");
  const uuid = uri?.match(/\/action\/([^/]+)\/$/)?.[1];
  if (!uuid) throw new Error(`no action URI in the answer (${uri})`);
  return uuid;
}

/** Polls until the action is terminal; resolves on Success, rejects on Failed/Canceled or timeout. */
export async function waitForAction(client: DockerCloud, uuid: string): Promise<Action> {
  const deadline = Date.now() + POLLING.timeout * 1000;
  for (let poll = 0; ; poll += 1) {
    const { data, error } = await client.GET("/api/audit/v1/action/{uuid}/", { params: { path: { uuid } } });
    if (!data) throw new Error(`action ${uuid}: ${error?.error}`);
    if (TERMINAL.has(data.state)) {
      if (data.state !== "Success") throw new Error(`action ${uuid} ended ${data.state}`);
      return data;
    }
    const wait = Math.min(POLLING.maxDelay, POLLING.initialDelay * POLLING.factor ** poll);
    if (Date.now() + wait * 1000 > deadline) throw new Error(`action ${uuid} still ${data.state}`);
    await sleep(wait);
  }
}
