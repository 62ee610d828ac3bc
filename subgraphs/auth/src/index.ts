import { runStandalone } from '@aula/runtime';
import { authModule } from './server';

void runStandalone(authModule);
