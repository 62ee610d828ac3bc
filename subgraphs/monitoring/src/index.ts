// First: tracing patches http, undici, graphql, pg and ioredis as they load (when configured).
import '@aula/runtime/src/tracing-preload';
import { runStandalone } from '@aula/runtime';
import { monitoringModule } from './server';

void runStandalone(monitoringModule);
