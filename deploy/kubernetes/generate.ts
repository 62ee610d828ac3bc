/**
 * Writes Aula's Kubernetes manifests (kustomize: `base/` and `overlays/<name>/`) from one
 * description, validating every object against the Kubernetes OpenAPI schema that
 * `kubernetes-models` vendors — offline, no cluster. `--check` regenerates in memory and fails
 * when a committed file differs or an object is invalid (CI runs it).
 *
 *   npx tsx deploy/kubernetes/generate.ts          # write
 *   npx tsx deploy/kubernetes/generate.ts --check  # validate and compare (CI)
 */
import { Deployment } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { Job } from 'kubernetes-models/batch/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { ConfigMap, Service, type IContainer, type IEnvVar } from 'kubernetes-models/v1';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { stringify } from 'yaml';

const ROOT = __dirname;
const IMAGE = 'aula';
const PORT = 4000;
const METRICS_PORT = 9464;
const SECRETS = 'aula-secrets';
const SUBGRAPHS = ['auth', 'accounting', 'chat', 'monitoring', 'content'] as const;
type Name = 'gateway' | (typeof SUBGRAPHS)[number];

/** What differs per service; everything else is shared. */
interface Spec {
  readonly name: Name;
  readonly entry: string;
  readonly cpu: string;
  readonly memory: string;
  readonly memoryLimit: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /**
   * SIGTERM → the service stops taking requests, drains (chat stops and settles its running
   * answers, flushes the settlement outbox) and exits; Kubernetes waits this long before SIGKILL.
   */
  readonly drainSeconds: number;
  readonly extraEnv?: readonly IEnvVar[];
}

/** A Secret's key by reference; `optional` ones may be absent (the service then runs without). */
const secret = (name: string, key: string, optional = false): IEnvVar['valueFrom'] => ({
  secretKeyRef: { name, key, ...(optional ? { optional } : {}) },
});

const SPECS: readonly Spec[] = [
  {
    name: 'gateway',
    entry: 'gateway/src/index.ts',
    cpu: '500m',
    memory: '512Mi',
    memoryLimit: '1Gi',
    minReplicas: 2,
    maxReplicas: 10,
    drainSeconds: 30,
    extraEnv: [{ name: 'GATEWAY_METRICS_PORT', value: String(METRICS_PORT) }],
  },
  {
    name: 'auth',
    entry: 'subgraphs/auth/src/index.ts',
    cpu: '250m',
    memory: '384Mi',
    memoryLimit: '768Mi',
    minReplicas: 2,
    maxReplicas: 6,
    drainSeconds: 30,
    extraEnv: [
      { name: 'AUTH_ADMIN_PASSWORD', valueFrom: secret(SECRETS, 'admin-password', true) },
      { name: 'AUTH_TRUSTED_PROXIES', value: 'uniquelocal' },
    ],
  },
  {
    name: 'accounting',
    entry: 'subgraphs/accounting/src/index.ts',
    cpu: '250m',
    memory: '384Mi',
    memoryLimit: '768Mi',
    minReplicas: 2,
    maxReplicas: 6,
    drainSeconds: 30,
  },
  {
    name: 'chat',
    entry: 'subgraphs/chat/src/index.ts',
    cpu: '500m',
    memory: '512Mi',
    memoryLimit: '1Gi',
    minReplicas: 2,
    maxReplicas: 12,
    drainSeconds: 90,
    extraEnv: [
      {
        name: 'AWS_REGION',
        valueFrom: { configMapKeyRef: { name: 'aula-config', key: 'AWS_REGION' } },
      },
      { name: 'AWS_ACCESS_KEY_ID', valueFrom: secret(SECRETS, 'aws-access-key-id', true) },
      { name: 'AWS_SECRET_ACCESS_KEY', valueFrom: secret(SECRETS, 'aws-secret-access-key', true) },
    ],
  },
  {
    name: 'monitoring',
    entry: 'subgraphs/monitoring/src/index.ts',
    cpu: '250m',
    memory: '512Mi',
    memoryLimit: '1Gi',
    minReplicas: 2,
    maxReplicas: 6,
    drainSeconds: 30,
    extraEnv: [{ name: 'MONITORING_SMTP_URL', valueFrom: secret(SECRETS, 'smtp-url', true) }],
  },
  {
    name: 'content',
    entry: 'subgraphs/content/src/index.ts',
    cpu: '250m',
    memory: '384Mi',
    memoryLimit: '768Mi',
    minReplicas: 2,
    maxReplicas: 4,
    drainSeconds: 30,
  },
];

const labels = (name: string) => ({
  'app.kubernetes.io/name': name,
  'app.kubernetes.io/part-of': 'aula',
});

/** Each subgraph's own database, by reference: a Secret `aula-<name>-database` with key `url`. */
const databaseEnv = (name: Name): IEnvVar[] =>
  name === 'gateway'
    ? []
    : [{ name: 'DATABASE_URL', valueFrom: secret(`aula-${name}-database`, 'url') }];

const commonEnv = (name: Name): IEnvVar[] => [
  { name: 'JWT_SECRET', valueFrom: secret(SECRETS, 'jwt-secret') },
  { name: 'SERVICE_PUBLIC_KEYS', valueFrom: secret(SECRETS, 'service-public-keys') },
  { name: 'SERVICE_PRIVATE_KEY', valueFrom: secret(SECRETS, `${name}-service-private-key`) },
  // `redis://…` for one server, `redis+cluster://host:port,host:port` for a Redis Cluster.
  { name: 'REDIS_URL', valueFrom: secret(SECRETS, 'redis-url') },
  { name: 'OTEL_SERVICE_NAME', value: name },
  ...databaseEnv(name),
];

function container(spec: Spec): IContainer {
  const http = { path: '/healthz', port: 'http' as const };
  return {
    name: spec.name,
    image: IMAGE,
    command: ['node', '--import', 'tsx', spec.entry],
    ports: [
      { name: 'http', containerPort: PORT },
      ...(spec.name === 'gateway' ? [{ name: 'metrics', containerPort: METRICS_PORT }] : []),
    ],
    envFrom: [{ configMapRef: { name: 'aula-config' } }],
    env: [...commonEnv(spec.name), ...(spec.extraEnv ?? [])],
    resources: {
      requests: { cpu: spec.cpu, memory: spec.memory },
      limits: { memory: spec.memoryLimit },
    },
    // Boots compile TypeScript and (gateway) build the query planner: allow up to 3 minutes.
    startupProbe: { httpGet: http, periodSeconds: 5, failureThreshold: 36 },
    livenessProbe: { httpGet: http, periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3 },
    readinessProbe: {
      httpGet: { path: '/readyz', port: 'http' },
      periodSeconds: 5,
      timeoutSeconds: 3,
      failureThreshold: 2,
    },
    // Endpoints drop the pod before SIGTERM starts the drain, so no new request reaches it.
    lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
    securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 1000 },
  };
}

function resourcesOf(spec: Spec) {
  const metricsPort = spec.name === 'gateway' ? METRICS_PORT : PORT;
  const deployment = new Deployment({
    metadata: { name: spec.name, labels: labels(spec.name) },
    spec: {
      replicas: spec.minReplicas,
      selector: { matchLabels: labels(spec.name) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labels(spec.name),
          annotations: {
            'prometheus.io/scrape': 'true',
            'prometheus.io/port': String(metricsPort),
            'prometheus.io/path': '/metrics',
          },
        },
        spec: {
          // preStop (5 s) + the service's own drain.
          terminationGracePeriodSeconds: spec.drainSeconds + 5,
          containers: [container(spec)],
        },
      },
    },
  });
  const service = new Service({
    metadata: { name: spec.name, labels: labels(spec.name) },
    spec: {
      selector: labels(spec.name),
      ports: [
        { name: 'http', port: PORT, targetPort: 'http' },
        ...(spec.name === 'gateway'
          ? [{ name: 'metrics', port: METRICS_PORT, targetPort: 'metrics' }]
          : []),
      ],
    },
  });
  const hpa = new HorizontalPodAutoscaler({
    metadata: { name: spec.name, labels: labels(spec.name) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: spec.name },
      minReplicas: spec.minReplicas,
      maxReplicas: spec.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
        },
      ],
      // Scaling in slowly keeps answers and subscriptions from being drained back to back.
      behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
    },
  });
  const pdb = new PodDisruptionBudget({
    metadata: { name: spec.name, labels: labels(spec.name) },
    spec: { maxUnavailable: 1, selector: { matchLabels: labels(spec.name) } },
  });
  return { deployment, service, hpa, pdb };
}

/** Migrates every subgraph's schema, one init container each, before a rollout (kubectl apply). */
function migrationJob() {
  const step = (name: Name): IContainer => ({
    name: `migrate-${name}`,
    image: IMAGE,
    command: ['node', '--import', 'tsx', 'platform/src/migrate.ts', name],
    env: databaseEnv(name),
    resources: { requests: { cpu: '100m', memory: '256Mi' }, limits: { memory: '512Mi' } },
    securityContext: { allowPrivilegeEscalation: false, runAsNonRoot: true, runAsUser: 1000 },
  });
  const steps = SUBGRAPHS.map(step);
  return new Job({
    metadata: { name: 'aula-migrate', labels: labels('aula-migrate') },
    spec: {
      backoffLimit: 3,
      ttlSecondsAfterFinished: 3600,
      template: {
        metadata: { labels: labels('aula-migrate') },
        spec: {
          restartPolicy: 'OnFailure',
          initContainers: steps.slice(0, -1),
          containers: steps.slice(-1),
        },
      },
    },
  });
}

function configMap() {
  return new ConfigMap({
    metadata: { name: 'aula-config', labels: labels('aula-config') },
    data: {
      HOST: '0.0.0.0',
      PORT: String(PORT),
      LOG_LEVEL: 'info',
      AWS_REGION: 'us-east-1',
      ...Object.fromEntries(
        SUBGRAPHS.map((name) => [
          `${name.toUpperCase()}_SUBGRAPH_URL`,
          `http://${name}:${PORT}/graphql`,
        ]),
      ),
    },
  });
}

/** Every file, by path under deploy/kubernetes, validated. */
function files(): Map<string, string> {
  const out = new Map<string, string>();
  const yaml = (objects: Array<{ validate(): void; toJSON(): unknown }>) => {
    for (const object of objects) object.validate();
    return objects.map((o) => stringify(o.toJSON(), { lineWidth: 0 })).join('---\n');
  };
  const header = '# Generated by deploy/kubernetes/generate.ts; edit that and regenerate.\n';
  const base: string[] = [];
  const put = (path: string, body: string) => {
    out.set(path, header + body);
  };
  put('base/config.yaml', yaml([configMap()]));
  base.push('config.yaml');
  put('base/migrate-job.yaml', yaml([migrationJob()]));
  base.push('migrate-job.yaml');
  for (const spec of SPECS) {
    const { deployment, service, hpa, pdb } = resourcesOf(spec);
    put(`base/${spec.name}.yaml`, yaml([deployment, service, hpa, pdb]));
    base.push(`${spec.name}.yaml`);
  }
  put(
    'base/kustomization.yaml',
    stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      labels: [{ pairs: { 'app.kubernetes.io/part-of': 'aula' } }],
      resources: base,
    }),
  );
  // A small school: one replica each (no HPA headroom needed), the image from a local registry.
  put(
    'overlays/small/kustomization.yaml',
    stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'aula',
      resources: ['../../base'],
      images: [{ name: IMAGE, newName: 'registry.local/aula', newTag: 'latest' }],
      replicas: SPECS.map((spec) => ({ name: spec.name, count: 1 })),
      patches: SPECS.map((spec) => ({
        target: { kind: 'HorizontalPodAutoscaler', name: spec.name },
        patch: stringify([{ op: 'replace', path: '/spec/minReplicas', value: 1 }]),
      })),
    }),
  );
  // A district: more replicas of what carries streams, a pinned image.
  put(
    'overlays/district/kustomization.yaml',
    stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      namespace: 'aula',
      resources: ['../../base'],
      images: [{ name: IMAGE, newName: 'registry.example/aula', newTag: '1.0.0' }],
      replicas: [
        { name: 'gateway', count: 3 },
        { name: 'chat', count: 3 },
      ],
      patches: ['gateway', 'chat'].map((name) => ({
        target: { kind: 'HorizontalPodAutoscaler', name },
        patch: stringify([{ op: 'replace', path: '/spec/minReplicas', value: 3 }]),
      })),
    }),
  );
  return out;
}

/** Checks every overlay names only objects its base defines. */
function checkOverlays(generated: Map<string, string>) {
  const defined = new Set<string>();
  for (const spec of SPECS) defined.add(spec.name);
  for (const [path, body] of generated) {
    if (!path.startsWith('overlays/')) continue;
    for (const match of body.matchAll(/^\s+(?:- )?name: (\S+)$/gm)) {
      const name = match[1]!;
      if (name !== IMAGE && !defined.has(name))
        throw new Error(`${path} names ${name}, which the base does not define`);
    }
  }
}

async function main() {
  const generated = new Map<string, string>();
  // Written as Prettier writes YAML, so `npm run lint` and `--check` agree.
  for (const [path, body] of files()) {
    const filepath = join(ROOT, path);
    const options = await resolveConfig(filepath);
    generated.set(path, await format(body, { ...options, filepath }));
  }
  checkOverlays(generated);
  if (process.argv.includes('--check')) {
    const stale = [...generated].filter(
      ([path, body]) =>
        !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== body,
    );
    if (stale.length) {
      console.error(
        `Stale Kubernetes manifests (run npx tsx deploy/kubernetes/generate.ts): ${stale.map(([p]) => p).join(', ')}`,
      );
      process.exit(1);
    }
    console.log(
      `kubernetes: ${generated.size} files valid against the Kubernetes schema and current`,
    );
  } else {
    for (const [path, body] of generated) {
      mkdirSync(dirname(join(ROOT, path)), { recursive: true });
      writeFileSync(join(ROOT, path), body);
    }
    console.log(`kubernetes: wrote ${generated.size} files`);
  }
}

main().catch((error: unknown) => {
  console.error(`kubernetes: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
