/**
 * Composes the subgraphs listed in schema/supergraph.yaml into schema/supergraph.graphql
 * (what the gateway plans with) and schema/api.graphql (the public API integrators and
 * the web app's codegen read). Exits non-zero with every composition error.
 */
import { composeServices } from '@apollo/composition';
import { printSchema, Supergraph } from '@apollo/federation-internals';
import { parse } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: string }>;
}

/** Reads the config and composes; returns the supergraph SDL or the error messages. */
export function composeFromConfig(
  configPath: string,
): { supergraphSdl: string } | { errors: string[] } {
  const config = parseYaml(readFileSync(configPath, 'utf8')) as SupergraphConfig;
  const services = Object.entries(config.subgraphs).map(([name, entry]) => ({
    name,
    url: entry.routing_url,
    typeDefs: parse(readFileSync(resolve(dirname(configPath), entry.schema), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: result.supergraphSdl };
}

if (require.main === module) {
  const here = __dirname;
  const result = composeFromConfig(join(here, 'supergraph.yaml'));
  if ('errors' in result) {
    console.error(`Composition failed with ${result.errors.length} error(s):`);
    for (const message of result.errors) console.error(`- ${message}`);
    process.exit(1);
  }
  writeFileSync(join(here, 'supergraph.graphql'), result.supergraphSdl);
  const api = printSchema(Supergraph.build(result.supergraphSdl).apiSchema());
  writeFileSync(join(here, 'api.graphql'), `${api}\n`);
  console.log('Wrote schema/supergraph.graphql and schema/api.graphql');
}
