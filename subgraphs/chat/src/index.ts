import { runStandalone } from '@aula/runtime';
import { chatModule } from './server';

void runStandalone(chatModule);
