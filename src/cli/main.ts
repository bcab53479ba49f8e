import { Command } from 'commander';
import { registerAdminCommands } from './admin.command.js';
import { registerAuditCommands } from './audit.command.js';
import { registerConfigCommand } from './config.command.js';
import { registerDetectAnomaliesCommand } from './detect-anomalies.command.js';
import { registerEraseCommand } from './erase.command.js';
import { registerExportCommand } from './export.command.js';
import { registerGenerateCommand } from './generate.command.js';
import { registerImportCommand } from './import.command.js';
import { registerPreflightCommand } from './preflight.command.js';
import { registerScanCommand } from './scan.command.js';
import { registerServeCommand } from './serve.command.js';
import { registerWorkerCommand } from './worker.command.js';

const program = new Command()
  .name('secondlook')
  .description('Second Look: the second review of marketplace seller accounts')
  .showHelpAfterError()
  // Usage errors (a missing or unknown option, a bad value) exit 2, as each command's help says;
  // help and version exit 0. Subcommands registered below inherit this.
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

registerServeCommand(program);
registerImportCommand(program);
registerScanCommand(program);
registerPreflightCommand(program);
registerGenerateCommand(program);
registerAdminCommands(program);
registerAuditCommands(program);
registerEraseCommand(program);
registerWorkerCommand(program);
registerDetectAnomaliesCommand(program);
registerConfigCommand(program);
registerExportCommand(program);

await program.parseAsync(process.argv);
