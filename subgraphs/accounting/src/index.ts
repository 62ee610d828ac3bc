import { runStandalone } from '@aula/runtime';
import { accountingModule } from './server';

void runStandalone(accountingModule);
