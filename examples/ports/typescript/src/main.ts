// A worked TypeScript port (docs/porting.md, section 5): typed calls generated from
// spec/openapi.namespaced.yaml with openapi-typescript, sent with openapi-fetch. `make ports` runs
// it against a fresh emulator; any failed expectation exits non-zero.
//
// Environment: DOCKERCLOUD_REST_HOST, DOCKERCLOUD_AUTH or DOCKERCLOUD_USER + DOCKERCLOUD_APIKEY,
// DOCKERCLOUD_NAMESPACE (default: the user's own), and DOCKERCLOUD_EMULATOR_ADMIN_TOKEN (the
// emulator's, to inject one 429 and see the retry; the step is skipped without it).
import { actionUuid, waitForAction } from "./actions.js";
import { dockerCloud, settingsFromEnvironment } from "./client.js";

function expect(condition: boolean, what: string): void {
  if (!condition) throw new Error(`expected ${what}`);
  console.log(`ok  ${what}`);
}

const settings = settingsFromEnvironment(process.env);
const namespace = process.env.DOCKERCLOUD_NAMESPACE ?? settings.user;
if (!namespace) throw new Error("set DOCKERCLOUD_NAMESPACE (DOCKERCLOUD_AUTH carries no user name)");
const sent: string[] = [];
const retried: number[] = [];
const client = dockerCloud(settings, (response) => retried.push(response.status));
client.use({ onRequest: ({ request }) => void sent.push(`${request.method} ${new URL(request.url).pathname}`) });
const ns = { namespace };

// 1. A node cluster, deployed: 202, then the action the response links to.
const cluster = await client.POST("/api/infra/v1/{namespace}/nodecluster/", {
  params: { path: ns },
  body: {
    name: "ts-cluster",
    region: "/api/infra/v1/region/digitalocean/lon1/",
    node_type: "/api/infra/v1/nodetype/digitalocean/1gb/",
    target_num_nodes: 1,
  },
});
if (!cluster.data) throw new Error(`node cluster create: ${cluster.error?.error}`);
expect(cluster.response.status === 201 && actionUuid(cluster.response) !== "", "201 for a create, with an action URI");
const clusterPath = { ...ns, uuid: cluster.data.uuid };
const deploy = await client.POST("/api/infra/v1/{namespace}/nodecluster/{uuid}/deploy/", { params: { path: clusterPath } });
expect(deploy.response.status === 202, "202 for a deploy");
const deployed = await waitForAction(client, actionUuid(deploy.response));
expect(deployed.state === "Success", `the deploy action ends Success (${deployed.action})`);

// 2. A service, started and read back; its timestamps are RFC 1123 strings (x-dockercloud-timestamp).
const created = await client.POST("/api/app/v1/{namespace}/service/", {
  params: { path: ns },
  body: { image: "tutum/hello-world", name: "ts-web", target_num_containers: 2 },
});
if (!created.data) throw new Error(`service create: ${created.error?.error}`);
const servicePath = { ...ns, uuid: created.data.uuid };
const start = await client.POST("/api/app/v1/{namespace}/service/{uuid}/start/", { params: { path: servicePath } });
await waitForAction(client, actionUuid(start.response));
const service = await client.GET("/api/app/v1/{namespace}/service/{uuid}/", { params: { path: servicePath } });
expect(service.data?.state === "Running", "the service is Running after its start action");
const started = service.data?.started_datetime;
expect(typeof started === "string" && !Number.isNaN(Date.parse(started)), `started_datetime parses (${started})`);

// 3. A list page with the envelope.
const page = await client.GET("/api/app/v1/{namespace}/container/", { params: { path: ns, query: { limit: 1 } } });
expect(page.data?.meta.total_count === 2 && page.data.objects.length === 1, "a page of 1 of 2 containers");
expect(typeof page.data?.meta.next === "string", "meta.next points at the next page");

// 4. A repository: its name travels with raw slashes.
const name = "registry.example.com/demo/web";
const repository = await client.POST("/api/repo/v1/{namespace}/repository/", { params: { path: ns }, body: { name } });
expect(repository.response.status === 201, "the repository is registered");
const fetched = await client.GET("/api/repo/v1/{namespace}/repository/{name}/", { params: { path: { ...ns, name } } });
expect(fetched.data?.name === name, "the repository reads back by its full name");
expect(sent.includes(`GET /api/repo/v1/${namespace}/repository/${name}/`), "the name was sent with raw slashes");

// 5. Errors: the ErrorBody of a 404, and a retried 429 (Retry-After) when the emulator lets us inject it.
const missing = await client.GET("/api/app/v1/{namespace}/service/{uuid}/", {
  params: { path: { ...ns, uuid: "ffffffff-0000-4000-8000-000000000000" } },
});
expect(missing.response.status === 404 && typeof missing.error?.error === "string", `404 with {"error": ...} (${missing.error?.error})`);
const adminToken = process.env.DOCKERCLOUD_EMULATOR_ADMIN_TOKEN;
if (adminToken) {
  const fault = await fetch(`${settings.restHost}/_emulator/faults`, {
    method: "POST",
    headers: { Authorization: `Bearer ${adminToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({ path: `/api/app/v1/${namespace}/service/${created.data.uuid}/`, method: "GET", kind: "status", status: 429, retry_after: 1 }),
  });
  expect(fault.ok, "one 429 injected");
  const again = await client.GET("/api/app/v1/{namespace}/service/{uuid}/", { params: { path: servicePath } });
  expect(again.data?.uuid === created.data.uuid && retried.join() === "429", "the GET was retried after Retry-After");
}

// 6. Clean up: terminate the service (202) and wait.
const terminate = await client.DELETE("/api/app/v1/{namespace}/service/{uuid}/", { params: { path: servicePath } });
await waitForAction(client, actionUuid(terminate.response));
const gone = await client.GET("/api/app/v1/{namespace}/service/{uuid}/", { params: { path: servicePath } });
expect(gone.data?.state === "Terminated", "the service is Terminated");
console.log(`TypeScript port example: ${sent.length} requests, all expectations met`);
