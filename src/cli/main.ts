import { Command } from 'commander';
import { registerGenerateCommand } from './generate.command.js';

const program = new Command()
  .name('secondlook')
  .description('Second Look: the second review of marketplace seller accounts')
  .showHelpAfterError();

registerGenerateCommand(program);

await program.parseAsync(process.argv);
