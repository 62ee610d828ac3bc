import { runStandalone } from '@aula/runtime';
import { monitoringModule } from './server';

void runStandalone(monitoringModule);
