import { runStandalone } from '@aula/runtime';
import { contentModule } from './server';

void runStandalone(contentModule);
